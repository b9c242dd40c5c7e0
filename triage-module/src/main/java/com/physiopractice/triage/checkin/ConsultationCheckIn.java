package com.physiopractice.triage.checkin;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.ExpectedCheckIn;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * The check-in of one consultation: when the patient is asked (24 hours before, or at booking
 * when later), and every time she answered. A sign is new when it is answered yes and was no at
 * the intake or at the previous check-in, so a sign the therapist has already seen and cleared
 * does not hold the appointment again.
 */
@Entity
@Table(name = "triage_check_in")
public class ConsultationCheckIn {

    /** The patient is asked this long before the start, with the reminder. */
    public static final Duration ASKED_BEFORE = Duration.ofHours(24);

    static final String NOT_OPEN = "check-in-not-open";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID appointmentId;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID patientId;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID intakeId;

    private Instant startsAt;

    private Instant endsAt;

    private Instant bookedAt;

    private @Nullable Instant withdrawnAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "appointment_id", nullable = false, updatable = false)
    @OrderBy("answeredAt, id")
    private List<CheckInAnswer> answers = new ArrayList<>();

    /** Null until first stored: Spring Data then persists rather than merges. */
    @Version
    private @Nullable Long version;

    protected ConsultationCheckIn() {
        // for JPA
    }

    static ConsultationCheckIn expect(ExpectedCheckIn consultation) {
        ConsultationCheckIn checkIn = new ConsultationCheckIn();
        checkIn.appointmentId = consultation.appointment().value();
        checkIn.patientId = consultation.patient().value();
        checkIn.intakeId = consultation.intake().value();
        checkIn.bookedAt = consultation.bookedAt();
        checkIn.moveTo(consultation.start(), consultation.end());
        return checkIn;
    }

    /** The consultation moved: the check-in is asked for again before its new time. */
    void moveTo(Instant start, Instant end) {
        this.startsAt = start;
        this.endsAt = end;
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    /** 24 hours before the start, or when it was booked if that was later. */
    public Instant askedFrom() {
        Instant dayBefore = startsAt.minus(ASKED_BEFORE);
        return dayBefore.isAfter(bookedAt) ? dayBefore : bookedAt;
    }

    /** Asked for, not answered since it was asked, and still ahead of the consultation's end. */
    public boolean isAwaited(Instant now) {
        return withdrawnAt == null && !now.isBefore(askedFrom()) && now.isBefore(endsAt)
                && answers.stream().noneMatch(answer -> !answer.answeredAt().isBefore(askedFrom()));
    }

    /** The patient may check in from booking until the consultation ends, unless it was cancelled. */
    void requireOpen(Instant now) {
        if (withdrawnAt != null) {
            throw new ConflictException(NOT_OPEN, "No check-in for a cancelled consultation",
                    "This consultation was cancelled, so there is nothing to check in for.");
        }
        if (!now.isBefore(endsAt)) {
            throw new ConflictException(NOT_OPEN, "The consultation is over",
                    "This consultation has ended. If something has changed, fill in a new intake form.");
        }
    }

    /**
     * The signs answered yes now that were answered no before: at the previous check-in, or at the
     * intake ({@code atIntake}) for the first one. A question not answered now is not a new sign.
     */
    Set<SafetyQuestion> newSigns(Map<SafetyQuestion, Boolean> now, Map<SafetyQuestion, Boolean> atIntake) {
        Map<SafetyQuestion, Boolean> before = answers.isEmpty() ? atIntake : answers.get(answers.size() - 1).safety();
        Set<SafetyQuestion> fresh = EnumSet.noneOf(SafetyQuestion.class);
        now.forEach((question, yes) -> {
            if (yes && !Boolean.TRUE.equals(before.get(question))) {
                fresh.add(question);
            }
        });
        return fresh;
    }

    /**
     * Records a check-in. Answers that were not all valid are still kept with what they showed
     * (the safety event names them); a later check-in is compared with the last complete one.
     */
    CheckInAnswer answer(CheckInAnswer answer) {
        answers.add(answer);
        return answer;
    }

    public boolean isOf(PatientId patient) {
        return patientId.equals(patient.value());
    }

    public AppointmentId appointment() {
        return new AppointmentId(appointmentId);
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public IntakeId intake() {
        return new IntakeId(intakeId);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public List<CheckInAnswer> answers() {
        return List.copyOf(answers);
    }

    public CheckInSchedule.Status status(Instant now) {
        return new CheckInSchedule.Status(appointment(), askedFrom(), isAwaited(now),
                answers.stream().map(CheckInAnswer::summary).toList());
    }
}
