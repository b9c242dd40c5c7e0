package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentStatus;
import java.time.Instant;
import java.util.UUID;

/** An appointment's own columns, read without loading the aggregate and its history. */
public record AppointmentFacts(UUID id, UUID therapistId, UUID patientId, String typeCode, Instant startAt,
        Instant endAt, AppointmentStatus status, int rescheduleCount, String videoLink) {
}
