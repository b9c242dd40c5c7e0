package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentEvents.AppointmentBooked;
import com.physiopractice.booking.AppointmentEvents.AppointmentCancelled;
import com.physiopractice.booking.AppointmentEvents.AppointmentRescheduled;
import com.physiopractice.booking.AppointmentId;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.access.Caller;
import com.physiopractice.domain.events.AggregateRoot;
import com.physiopractice.domain.problems.DomainProblem;
import com.physiopractice.domain.problems.ProblemTypes;
import com.physiopractice.domain.time.TimeWindow;
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

/**
 * An online consultation between a patient and a therapist. Its state changes only through its
 * own methods, which check who may change what and when, and record what happened.
 */
@Entity
@Table(name = "booking_appointment")
public class Appointment extends AggregateRoot {

    static final java.net.URI NOT_CHANGEABLE = ProblemTypes.of("appointment-not-changeable");
    static final java.net.URI CHANGE_WINDOW_PASSED = ProblemTypes.of("change-window-passed");

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

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID intakeId;

    private Instant bookedAt;

    private Instant endedAt;

    private String endReason;

    private int rescheduleCount;

    /** The private video room, given at booking and kept for the appointment's life (it is in calendars). */
    private String videoLink;

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
            IntakeId intake, String videoLink, Instant now) {
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
        appointment.record(new AppointmentBooked(appointment.id(), therapist, patient, type.code(), start,
                appointment.endAt, now));
        return appointment;
    }

    /**
     * Cancels. The therapist may cancel any confirmed appointment; a patient only their own, before it
     * starts, and inside the change window it counts as LATE_CANCELLED.
     */
    public void cancel(Caller by, String reason, Instant now, Duration changeWindow) {
        requireConfirmed();
        AppointmentStatus ending = AppointmentStatus.CANCELLED;
        if (by.isPatient()) {
            if (!now.isBefore(startAt)) {
                throw new DomainProblem(422, NOT_CHANGEABLE, "Appointment already started",
                        "An appointment that has started can no longer be cancelled.");
            }
            if (now.plus(changeWindow).isAfter(startAt)) {
                ending = AppointmentStatus.LATE_CANCELLED;
            }
        }
        end(ending, reason, now, by);
        record(new AppointmentCancelled(id(), therapist(), patient(), ending, startAt, now));
    }

    /**
     * Moves the appointment to another start, keeping its identity and history. A patient may do
     * so only until the change window before the current start; the therapist at any time.
     */
    public void reschedule(Caller by, Instant newStart, Duration length, Instant now, Duration changeWindow) {
        requireConfirmed();
        if (by.isPatient() && now.plus(changeWindow).isAfter(startAt)) {
            throw new DomainProblem(422, CHANGE_WINDOW_PASSED, "Too late to reschedule",
                    "Appointments can be moved online until " + changeWindow.toHours()
                            + " hours before they start. Please contact the practice.");
        }
        Instant previous = startAt;
        startAt = newStart;
        endAt = newStart.plus(length);
        rescheduleCount++;
        changes.add(AppointmentChange.rescheduled(previous, newStart, by.role().name(), now));
        record(new AppointmentRescheduled(id(), therapist(), patient(), previous, newStart, endAt, rescheduleCount, now));
    }

    /** The therapist records that the consultation took place. */
    public void complete(Instant now) {
        requireConfirmed();
        requireStarted(now);
        status = AppointmentStatus.COMPLETED;
        endedAt = now;
        changes.add(AppointmentChange.ended(AppointmentStatus.COMPLETED, "THERAPIST", now));
    }

    /** The therapist records that the patient did not attend. */
    public void markNoShow(Instant now) {
        requireConfirmed();
        requireStarted(now);
        status = AppointmentStatus.NO_SHOW;
        endedAt = now;
        changes.add(AppointmentChange.ended(AppointmentStatus.NO_SHOW, "THERAPIST", now));
    }

    private void end(AppointmentStatus ending, String reason, Instant now, Caller by) {
        status = ending;
        endedAt = now;
        endReason = reason == null || reason.isBlank() ? null : reason.strip();
        changes.add(AppointmentChange.ended(ending, by.role().name(), now));
    }

    private void requireConfirmed() {
        if (!status.isActive()) {
            throw new DomainProblem(409, NOT_CHANGEABLE, "Appointment not changeable",
                    "This appointment is " + status + " and can no longer be changed.");
        }
    }

    private void requireStarted(Instant now) {
        if (now.isBefore(startAt)) {
            throw new DomainProblem(422, NOT_CHANGEABLE, "Appointment not started",
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

    public IntakeId intake() {
        return new IntakeId(intakeId);
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    /** Why it was cancelled, if a reason was given. */
    public String endReason() {
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

    public String videoLink() {
        return videoLink;
    }

    public List<AppointmentChange> changes() {
        return List.copyOf(changes);
    }
}
