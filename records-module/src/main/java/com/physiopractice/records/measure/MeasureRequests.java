package com.physiopractice.records.measure;

import com.physiopractice.records.Instrument;
import com.physiopractice.records.OutcomeMeasures.MeasureStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MeasureRequests extends Repository<MeasureRequest, UUID> {

    MeasureRequest save(MeasureRequest request);

    Optional<MeasureRequest> findById(UUID id);

    /** Locked, so two submissions of one form answer it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MeasureRequest m where m.id = :id")
    Optional<MeasureRequest> findByIdForAnswer(UUID id);

    @Query("select m from MeasureRequest m where m.episodeId = :episodeId order by m.requestedAt desc, m.id")
    List<MeasureRequest> findByEpisodeNewestFirst(UUID episodeId);

    @Query("select m from MeasureRequest m where m.patientId = :patientId and m.status = :status order by m.requestedAt, m.id")
    List<MeasureRequest> findByPatientAndStatus(UUID patientId, MeasureStatus status);

    /** The episode's first answered measure of an instrument (a PSFS's activities). */
    @Query("select m from MeasureRequest m where m.episodeId = :episodeId and m.instrument = :instrument "
            + "and m.status = com.physiopractice.records.OutcomeMeasures.MeasureStatus.ANSWERED order by m.answeredAt, m.id")
    List<MeasureRequest> findAnswered(UUID episodeId, Instrument instrument);
}
