package com.physiopractice.records.episode;

import com.physiopractice.records.EpisodeStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Episodes extends Repository<Episode, UUID> {

    Episode save(Episode episode);

    Optional<Episode> findById(UUID id);

    /** Locked for a change that decides on its state (discharge, review measures). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Episode e where e.id = :id")
    Optional<Episode> findByIdForUpdate(UUID id);

    @Query("select e from Episode e where e.patientId = :patientId order by e.openedAt desc, e.id")
    List<Episode> findByPatientNewestFirst(UUID patientId);

    @Query("select e.id from Episode e where e.status = :status")
    List<UUID> findIdsByStatus(EpisodeStatus status);
}
