package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Appointments extends Repository<Appointment, UUID>, JpaSpecificationExecutor<Appointment> {

    Appointment save(Appointment appointment);

    Optional<Appointment> findById(UUID id);

    /** Active appointments of a therapist that start before {@code to} and end after {@code from}. */
    @Query("""
            select a from Appointment a
            where a.therapistId = :therapistId and a.status = com.physiopractice.booking.AppointmentStatus.CONFIRMED
              and a.startAt < :to and a.endAt > :from""")
    List<Appointment> findActiveOverlapping(UUID therapistId, Instant from, Instant to);

    /**
     * Just the times of active appointments reaching into {@code [from, to)}: what the slot rules
     * need, without loading entities. {@code startsAfter} (from minus the longest appointment)
     * bounds the index range from below; without it the query reads the therapist's whole past.
     */
    @Query("""
            select new com.physiopractice.sharedkernel.time.TimeWindow(a.startAt, a.endAt) from Appointment a
            where a.therapistId = :therapistId and a.status = com.physiopractice.booking.AppointmentStatus.CONFIRMED
              and a.startAt >= :startsAfter and a.startAt < :to and a.endAt > :from and a.id <> :except""")
    List<com.physiopractice.sharedkernel.time.TimeWindow> findActiveTimes(UUID therapistId, Instant startsAfter, Instant from,
            Instant to, UUID except);

    @Query("""
            select count(a) from Appointment a
            where a.patientId = :patientId and a.status = com.physiopractice.booking.AppointmentStatus.CONFIRMED
              and a.startAt > :now""")
    long countActiveFuture(UUID patientId, Instant now);

    List<Appointment> findByStatusAndStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(AppointmentStatus status,
            Instant from, Instant to);

    List<Appointment> findByTherapistIdAndStatusAndStartAtGreaterThanEqualOrderByStartAt(UUID therapistId,
            AppointmentStatus status, Instant from);
}
