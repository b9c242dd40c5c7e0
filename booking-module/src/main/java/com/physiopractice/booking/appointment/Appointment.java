package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentCompleted;
import com.physiopractice.booking.AppointmentHeld;
import com.physiopractice.booking.AppointmentHoldReleased;
import com.physiopractice.booking.AppointmentImported;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentMissed;
import com.physiopractice.booking.AppointmentRescheduled;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import com.physiopractice.triage.IntakeId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An online consultation between a patient and a therapist. Its state changes only through its
 * own methods, which check who may change what and when, and record what happened: in its history
 * and as an event. CONFIRMED until it ends as COMPLETED, NO_SHOW, CANCELLED or LATE_CANCELLED.
 */
@Entity
@Table(name = "booking_appointment")
public class Appointment extends AbstractAggregateRoot<Appointment> {

    static final String NOT_CHANGEABLE = "appointment-not-changeable";
    static final String CHANGE_WINDOW_PASSED = "change-window-passed";
    static final String NOT_HELD = "appointment-not-held";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID therapistId;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID patientId;

    private String typeCode;

    private Instant startAt;

    private Instant endAt;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    /** Absent for an appointment imported from the system the practice moved from. */
    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable UUID intakeId;

    private Instant bookedAt;

    private @Nullable Instant endedAt;

    private @Nullable String endReason;

    private int rescheduleCount;

    /** Set while a new sign in the patient's check-in makes the consultation wait for the therapist. */
    private @Nullable Instant heldSince;

    private @Nullable String holdReason;

    /** The private video room, given at booking and kept for the appointment's life (it is in calendars). */
    private @Nullable String videoLink;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "appointment_id", nullable = false, updatable = false)
    @OrderBy("changedAt, id")
    @BatchSize(size = 100)
    private List<AppointmentChange> changes = new ArrayList<>();

    /** Null until first stored: Spring Data then persists rather than merges (a merge first reads the row). */
    @Version
    private Long version;

    protected Appointment() {
        // for JPA
    }

    /** A new CONFIRMED appointment; whether the time is free was checked, and is guaranteed by the slot claims. */
    public static Appointment book(TherapistId therapist, PatientId patient, AppointmentType type, Instant start,
            IntakeId intake, @Nullable String videoLink, Instant now) {
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.therapistId = therapist.value();
        appointment.patientId = patient.value();
        appointment.typeCode = type.code();
        appointment.startAt = start;
        appointment.endAt = start.plus(type.duration());
        appointment.status = AppointmentStatus.CONFIRMED;
        appointment.intakeId = intake.value();
        appointment.bookedAt = now;
        appointment.videoLink = videoLink;
        appointment.changes.add(AppointmentChange.booked(start, now));
        appointment.registerEvent(new AppointmentBooked(appointment.id(), therapist, patient, type.code(), start,
                appointment.endAt, now));
        return appointment;
    }

    /**
     * An appointment the practice booked in the system it moved from, carried over as CONFIRMED
     * without an intake form (she fills one in before it) and with a video room of this practice.
     */
    public static Appointment imported(TherapistId therapist, PatientId patient, AppointmentType type, Instant start,
            @Nullable String videoLink, Instant now) {
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.therapistId = therapist.value();
        appointment.patientId = patient.value();
        appointment.typeCode = type.code();
        appointment.startAt = start;
        appointment.endAt = start.plus(type.duration());
        appointment.status = AppointmentStatus.CONFIRMED;
        appointment.bookedAt = now;
        appointment.videoLink = videoLink;
        appointment.changes.add(AppointmentChange.imported(start, now));
        appointment.registerEvent(new AppointmentImported(appointment.id(), therapist, patient, start,
                appointment.endAt, now));
        return appointment;
    }

    /**
     * Cancels. The therapist may cancel any confirmed appointment; a patient only their own, before it
     * starts, and inside the change window it counts as LATE_CANCELLED.
     */
    public void cancel(ChangedBy by, @Nullable String reason, Instant now, Duration changeWindow) {
        requireConfirmed();
        AppointmentStatus ending = AppointmentStatus.CANCELLED;
        if (by == ChangedBy.PATIENT) {
            if (!now.isBefore(startAt)) {
                throw new RuleViolationException(NOT_CHANGEABLE, "Appointment already started",
                        "An appointment that has started can no longer be cancelled.");
            }
            if (now.plus(changeWindow).isAfter(startAt)) {
                ending = AppointmentStatus.LATE_CANCELLED;
            }
        }
        end(ending, reason, now, by);
        registerEvent(new AppointmentCancelled(id(), therapist(), patient(), ending, startAt, now));
    }

    /**
     * Moves the appointment to another start, keeping its identity and history. A patient may do
     * so only until the change window before the current start; the therapist at any time.
     */
    public void reschedule(ChangedBy by, Instant newStart, Duration length, Instant now, Duration changeWindow) {
        requireConfirmed();
        if (by == ChangedBy.PATIENT && now.plus(changeWindow).isAfter(startAt)) {
            throw new RuleViolationException(CHANGE_WINDOW_PASSED, "Too late to reschedule",
                    "Appointments can be moved online until " + changeWindow.toHours()
                            + " hours before they start. Please contact the practice.");
        }
        Instant previous = startAt;
        startAt = newStart;
        endAt = newStart.plus(length);
        rescheduleCount++;
        changes.add(AppointmentChange.rescheduled(previous, newStart, by.name(), now));
        registerEvent(new AppointmentRescheduled(id(), therapist(), patient(), previous, newStart, endAt, rescheduleCount, now));
    }

    /** The therapist records that the consultation took place. */
    public void complete(Instant now) {
        requireConfirmed();
        requireStarted(now);
        status = AppointmentStatus.COMPLETED;
        endedAt = now;
        changes.add(AppointmentChange.ended(AppointmentStatus.COMPLETED, ChangedBy.THERAPIST.name(), now));
        registerEvent(new AppointmentCompleted(id(), therapist(), patient(), startAt, now));
    }

    /** The therapist records that the patient did not attend. */
    public void markNoShow(Instant now) {
        requireConfirmed();
        requireStarted(now);
        status = AppointmentStatus.NO_SHOW;
        endedAt = now;
        changes.add(AppointmentChange.ended(AppointmentStatus.NO_SHOW, ChangedBy.THERAPIST.name(), now));
        registerEvent(new AppointmentMissed(id(), therapist(), patient(), startAt, now));
    }

    /**
     * The patient's check-in showed a new emergency or urgent sign: the consultation stays booked
     * but waits until the therapist clears it. A further sign while held adds to the reason. An
     * appointment that has ended is left as it is.
     */
    public void hold(String reason, Instant now) {
        if (!status.isActive()) {
            return;
        }
        if (heldSince == null) {
            heldSince = now;
            holdReason = reason;
        } else {
            holdReason = holdReason + "; " + reason;
        }
        changes.add(AppointmentChange.held(now));
        registerEvent(new AppointmentHeld(id(), therapist(), patient(), reason, now));
    }

    /** The therapist has looked at the new sign and lets the consultation go ahead. */
    public void releaseHold(Instant now) {
        requireConfirmed();
        if (heldSince == null) {
            throw new ConflictException(NOT_HELD, "Appointment not on hold", "This appointment is not on hold.");
        }
        heldSince = null;
        holdReason = null;
        changes.add(AppointmentChange.holdReleased(now));
        registerEvent(new AppointmentHoldReleased(id(), therapist(), patient(), now));
    }

    public boolean isHeld() {
        return heldSince != null;
    }

    private void end(AppointmentStatus ending, @Nullable String reason, Instant now, ChangedBy by) {
        status = ending;
        endedAt = now;
        endReason = reason == null || reason.isBlank() ? null : reason.strip();
        changes.add(AppointmentChange.ended(ending, by.name(), now));
    }

    private void requireConfirmed() {
        if (!status.isActive()) {
            throw new ConflictException(NOT_CHANGEABLE, "Appointment not changeable",
                    "This appointment is " + status + " and can no longer be changed.");
        }
    }

    private void requireStarted(Instant now) {
        if (now.isBefore(startAt)) {
            throw new RuleViolationException(NOT_CHANGEABLE, "Appointment not started",
                    "An appointment can be marked completed or missed only once it has started.");
        }
    }

    public boolean isOf(PatientId patient) {
        return patientId.equals(patient.value());
    }

    public boolean isWith(TherapistId therapist) {
        return therapistId.equals(therapist.value());
    }

    public AppointmentId id() {
        return new AppointmentId(id);
    }

    public TherapistId therapist() {
        return new TherapistId(therapistId);
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public String typeCode() {
        return typeCode;
    }

    public TimeWindow time() {
        return TimeWindow.of(startAt, endAt);
    }

    public AppointmentStatus status() {
        return status;
    }

    public @Nullable IntakeId intake() {
        return intakeId == null ? null : new IntakeId(intakeId);
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    /** Why it was cancelled, if a reason was given. */
    public @Nullable String endReason() {
        return endReason;
    }

    public int rescheduleCount() {
        return rescheduleCount;
    }

    /**
     * How calendars tell versions of this appointment apart (RFC 5545 SEQUENCE): it rises with
     * each reschedule, and once more when the appointment ends, so a cancellation replaces the
     * last invitation.
     */
    public int calendarSequence() {
        return calendarSequence(status, rescheduleCount);
    }

    static int calendarSequence(AppointmentStatus status, int rescheduleCount) {
        return status.isActive() ? rescheduleCount : rescheduleCount + 1;
    }

    public @Nullable String videoLink() {
        return videoLink;
    }

    public List<AppointmentChange> changes() {
        return List.copyOf(changes);
    }

    /** The appointment as the module shows it; {@code typeName} is the name of its kind of consultation. */
    public AppointmentView view(String typeName) {
        return new AppointmentView(id(), therapist(), patient(), typeCode, typeName, status, startAt, endAt, intake(),
                bookedAt, rescheduleCount, calendarSequence(), endReason, videoLink, changes.stream()
                        .map(change -> new AppointmentView.Change(change.changedAt(), change.kind(), change.actorRole(),
                                change.oldStart(), change.newStart()))
                        .toList(),
                heldSince == null || holdReason == null ? null : new AppointmentView.Hold(heldSince, holdReason));
    }
}
