package com.physiopractice.triage.intake;

import com.physiopractice.triage.intake.Intake.Status;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Intakes extends Repository<Intake, UUID> {

    Intake save(Intake intake);

    Optional<Intake> findById(UUID id);

    /**
     * The intake, its row locked until the transaction ends: two reviews of one intake then run one
     * after the other, the second seeing the first, instead of deadlocking on the review rows'
     * foreign key while each updates the intake.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Intake i where i.id = :id")
    Optional<Intake> findByIdForReview(UUID id);

    /** What booking needs to know of an intake, without reading its answers and assessment. */
    record Standing(UUID patientId, java.time.Instant submittedAt, com.physiopractice.triage.Disposition currentDisposition) {
    }

    @Query("select new com.physiopractice.triage.intake.Intakes$Standing(i.patientId, i.submittedAt, i.currentDisposition) "
            + "from Intake i where i.id = :id")
    Optional<Standing> findStandingById(UUID id);

    @Query("select i from Intake i where i.patientId = :patientId order by i.submittedAt desc, i.id")
    Page<Intake> findOwnNewestFirst(UUID patientId, Pageable page);

    /** The review queue: most urgent first, oldest first within the same urgency. */
    @Query("select i from Intake i where i.status = :status order by i.urgencyRank, i.submittedAt, i.id")
    Page<Intake> findQueue(Status status, Pageable page);

    @Query("select i from Intake i order by i.urgencyRank, i.submittedAt, i.id")
    Page<Intake> findAllByUrgency(Pageable page);
}
