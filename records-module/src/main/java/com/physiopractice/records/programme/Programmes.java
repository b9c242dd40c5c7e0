package com.physiopractice.records.programme;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Programmes extends Repository<Programme, UUID> {

    Programme save(Programme programme);

    Optional<Programme> findById(UUID id);

    Optional<Programme> findByEpisodeId(UUID episodeId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> findByIdForUpdate(UUID id);

    List<Programme> findByPatientId(UUID patientId);

    /** Programmes with a reminder not yet sent today (in the widest sense: the job checks each one's own day). */
    @Query("select p.id from Programme p where p.reminderTime is not null and (p.remindedOn is null or p.remindedOn < :today)")
    List<UUID> findReminderCandidates(LocalDate today);
}
