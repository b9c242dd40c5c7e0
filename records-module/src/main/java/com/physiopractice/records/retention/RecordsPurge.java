package com.physiopractice.records.retention;

import com.physiopractice.sharedkernel.PatientDataPurge;
import com.physiopractice.sharedkernel.PatientId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Her clinical record, children before parents (the record's own foreign keys). */
@Component
@Order(10)
class RecordsPurge implements PatientDataPurge {

    private final JdbcTemplate jdbc;

    RecordsPurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Her last consultation note or discharge. */
    @Override
    public Optional<Instant> lastContact(PatientId patient) {
        return Stream.of(latest("SELECT MAX(treated_at) FROM records_note WHERE patient_id = ?", patient),
                latest("SELECT MAX(discharged_at) FROM records_episode WHERE patient_id = ?", patient))
                .flatMap(Optional::stream).max(Instant::compareTo);
    }

    private Optional<Instant> latest(String sql, PatientId patient) {
        return Optional.ofNullable(jdbc.queryForObject(sql, Timestamp.class, patient.toString())).map(Timestamp::toInstant);
    }

    @Override
    public void purge(PatientId patient) {
        String id = patient.toString();
        jdbc.update("DELETE FROM records_exercise_session WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM records_prescription WHERE programme_id IN "
                + "(SELECT id FROM records_programme WHERE patient_id = ?)", id);
        jdbc.update("DELETE FROM records_programme WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM records_measure WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM records_addendum WHERE note_id IN (SELECT id FROM records_note WHERE patient_id = ?)", id);
        jdbc.update("DELETE FROM records_note WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM records_episode WHERE patient_id = ?", id);
    }
}
