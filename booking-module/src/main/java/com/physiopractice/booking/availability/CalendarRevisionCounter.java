package com.physiopractice.booking.availability;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentImported;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentCompleted;
import com.physiopractice.booking.AppointmentMissed;
import com.physiopractice.booking.AppointmentRescheduled;
import com.physiopractice.people.TherapistMoved;
import com.physiopractice.sharedkernel.TherapistId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which revision a therapist's calendar is at. Every change to what she has free (an appointment
 * booked, moved, cancelled or ended; her weekly hours; her time off; her time zone) raises it in
 * the change's own transaction, so a node that computed her open slots at revision n knows they
 * still hold exactly while the revision is n, whichever node made the change. Appointments and her
 * move raise it through their events, published while the change is saved; her hours and time off
 * raise it directly.
 */
@Component
public class CalendarRevisionCounter {

    private final JdbcClient jdbc;

    CalendarRevisionCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Raises the therapist's revision, in the current read-write transaction. Call it last in the
     * change: the row stays locked until the commit, so changes to one calendar queue here briefly.
     */
    public void changed(TherapistId therapist) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("a calendar change is recorded in the change's read-write transaction");
        }
        // One statement for the first change and every later one (MySQL and MariaDB alike).
        jdbc.sql("INSERT INTO booking_calendar_revision (therapist_id, revision) VALUES (?, 1) "
                + "ON DUPLICATE KEY UPDATE revision = revision + 1")
                .param(therapist.toString()).update();
    }

    /** Her hours keep their wall-clock times in her new zone, so every open slot moves: in the move's own transaction. */
    @EventListener
    void on(TherapistMoved moved) {
        changed(moved.therapist());
    }

    @EventListener
    void on(AppointmentBooked booked) {
        changed(booked.therapist());
    }

    @EventListener
    void on(AppointmentImported imported) {
        changed(imported.therapist());
    }

    @EventListener
    void on(AppointmentRescheduled rescheduled) {
        changed(rescheduled.therapist());
    }

    @EventListener
    void on(AppointmentCancelled cancelled) {
        changed(cancelled.therapist());
    }

    /** Only confirmed appointments take time in the slot lists: one that ended no longer counts. */
    @EventListener
    void on(AppointmentCompleted completed) {
        changed(completed.therapist());
    }

    @EventListener
    void on(AppointmentMissed missed) {
        changed(missed.therapist());
    }

    /** The therapist's current revision; 0 before her calendar first changed. */
    public long current(TherapistId therapist) {
        return jdbc.sql("SELECT revision FROM booking_calendar_revision WHERE therapist_id = ?")
                .param(therapist.toString()).query(Long.class).optional().orElse(0L);
    }
}
