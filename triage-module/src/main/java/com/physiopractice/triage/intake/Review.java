package com.physiopractice.triage.intake;

import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.Disposition;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One therapist review of an intake; never changed once written. */
@Entity
@Immutable
@Table(name = "triage_review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant reviewedAt;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID therapistId;

    @Enumerated(EnumType.STRING)
    private Disposition dispositionBefore;

    @Enumerated(EnumType.STRING)
    private Disposition dispositionAfter;

    private String note;

    protected Review() {
        // for JPA
    }

    Review(TherapistId therapist, Disposition before, Disposition after, String note, Instant at) {
        this.therapistId = therapist.value();
        this.dispositionBefore = before;
        this.dispositionAfter = after;
        this.note = note;
        this.reviewedAt = at;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public TherapistId therapist() {
        return new TherapistId(therapistId);
    }

    public Disposition dispositionBefore() {
        return dispositionBefore;
    }

    public Disposition dispositionAfter() {
        return dispositionAfter;
    }

    public boolean isOverride() {
        return dispositionBefore != dispositionAfter;
    }

    /** Therapist-only: never shown to the patient. */
    public String note() {
        return note;
    }
}
