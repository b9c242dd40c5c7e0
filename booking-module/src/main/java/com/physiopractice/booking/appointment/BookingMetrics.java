package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentMissed;
import com.physiopractice.booking.AppointmentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The practice's own counters of what booking does, per node (Prometheus adds the nodes up):
 * bookings, cancellations (late ones apart) and no-shows. Counted when the change commits, so a
 * refused or rolled-back booking is not one. A plain listener with a commit hook rather than a
 * transactional event listener: those are recorded in the event publication registry, a row per
 * event that a counter does not need.
 */
@Component
class BookingMetrics {

    private final Counter booked;
    private final Counter cancelled;
    private final Counter cancelledLate;
    private final Counter missed;

    BookingMetrics(ObjectProvider<MeterRegistry> registries) {
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        booked = Counter.builder("practice.bookings").description("Consultations booked").register(registry);
        cancelled = Counter.builder("practice.cancellations").tag("late", "false")
                .description("Consultations cancelled in time, by the patient or the therapist").register(registry);
        cancelledLate = Counter.builder("practice.cancellations").tag("late", "true")
                .description("Consultations the patient cancelled inside the change window").register(registry);
        missed = Counter.builder("practice.no.shows").description("Consultations the patient did not come to")
                .register(registry);
    }

    @EventListener
    void on(AppointmentBooked booked) {
        afterCommit(this.booked);
    }

    @EventListener
    void on(AppointmentCancelled cancelled) {
        afterCommit(cancelled.status() == AppointmentStatus.LATE_CANCELLED ? cancelledLate : this.cancelled);
    }

    @EventListener
    void on(AppointmentMissed missed) {
        afterCommit(this.missed);
    }

    static void afterCommit(Counter counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
