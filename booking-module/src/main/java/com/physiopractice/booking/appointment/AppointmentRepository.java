package com.physiopractice.booking.appointment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AppointmentRepository extends Repository<Appointment, UUID>, JpaSpecificationExecutor<Appointment> {

    Appointment save(Appointment appointment);

    Optional<Appointment> findById(UUID id);

    /** Active appointments of a therapist that start before {@code to} and end after {@code from}. */
    @Query("""
            select a from Appointment a
            where a.therapistId = :therapistId and a.status = com.physiopractice.booking.AppointmentStatus.CONFIRMED
              and a.startAt < :to and a.endAt > :from""")
    List<Appointment> findActiveOverlapping(UUID therapistId, Instant from, Instant to);

    @Query("""
            select count(a) from Appointment a
            where a.patientId = :patientId and a.status = com.physiopractice.booking.AppointmentStatus.CONFIRMED
              and a.startAt > :now""")
    long countActiveFuture(UUID patientId, Instant now);

}
