package com.physiopractice.booking.retention;

import com.physiopractice.sharedkernel.PatientDataPurge;
import com.physiopractice.sharedkernel.PatientId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Her appointments with their history and slot claims, her booking quota and idempotency keys. */
@Component
@Order(30)
class BookingPurge implements PatientDataPurge {

    private final JdbcTemplate jdbc;

    BookingPurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The start of her last consultation that took place or was booked. */
    @Override
    public Optional<Instant> lastContact(PatientId patient) {
        Timestamp last = jdbc.queryForObject("SELECT MAX(start_at) FROM booking_appointment WHERE patient_id = ?",
                Timestamp.class, patient.toString());
        return Optional.ofNullable(last).map(Timestamp::toInstant);
    }

    @Override
    public void purge(PatientId patient) {
        String id = patient.toString();
        jdbc.update("DELETE FROM booking_appointment_change WHERE appointment_id IN "
                + "(SELECT id FROM booking_appointment WHERE patient_id = ?)", id);
        jdbc.update("DELETE FROM booking_slot_claim WHERE appointment_id IN "
                + "(SELECT id FROM booking_appointment WHERE patient_id = ?)", id);
        jdbc.update("DELETE FROM booking_idempotency WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM booking_patient_quota WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM booking_appointment WHERE patient_id = ?", id);
    }
}
