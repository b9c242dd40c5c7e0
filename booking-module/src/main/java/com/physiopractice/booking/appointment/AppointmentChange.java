package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of an appointment's history. */
@Entity
@Immutable
@Table(name = "booking_appointment_change")
public class AppointmentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant changedAt;

    /** BOOKED, RESCHEDULED, or the status it ended in. */
    private String kind;

    private String actorRole;

    private Instant oldStartAt;

    private Instant newStartAt;

    protected AppointmentChange() {
        // for JPA
    }

    private AppointmentChange(String kind, String actorRole, Instant oldStart, Instant newStart, Instant at) {
        this.kind = kind;
        this.actorRole = actorRole;
        this.oldStartAt = oldStart;
        this.newStartAt = newStart;
        this.changedAt = at;
    }

    static AppointmentChange booked(Instant start, Instant at) {
        return new AppointmentChange("BOOKED", "PATIENT", null, start, at);
    }

    /** Booked by the practice in the system it moved from, and imported here. */
    static AppointmentChange imported(Instant start, Instant at) {
        return new AppointmentChange("IMPORTED", "THERAPIST", null, start, at);
    }

    static AppointmentChange rescheduled(Instant from, Instant to, String actorRole, Instant at) {
        return new AppointmentChange("RESCHEDULED", actorRole, from, to, at);
    }

    static AppointmentChange held(Instant at) {
        return new AppointmentChange("HELD", ChangedBy.PATIENT.name(), null, null, at);
    }

    static AppointmentChange holdReleased(Instant at) {
        return new AppointmentChange("HOLD_RELEASED", ChangedBy.THERAPIST.name(), null, null, at);
    }

    static AppointmentChange ended(AppointmentStatus status, String actorRole, Instant at) {
        return new AppointmentChange(status.name(), actorRole, null, null, at);
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String kind() {
        return kind;
    }

    public String actorRole() {
        return actorRole;
    }

    public Instant oldStart() {
        return oldStartAt;
    }

    public Instant newStart() {
        return newStartAt;
    }
}
