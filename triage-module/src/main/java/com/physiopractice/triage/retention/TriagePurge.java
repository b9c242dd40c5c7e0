package com.physiopractice.triage.retention;

import com.physiopractice.sharedkernel.PatientDataPurge;
import com.physiopractice.sharedkernel.PatientId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Her intakes, their reviews, her check-ins and safety events. */
@Component
@Order(20)
class TriagePurge implements PatientDataPurge {

    private final JdbcTemplate jdbc;

    TriagePurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purge(PatientId patient) {
        String id = patient.toString();
        jdbc.update("DELETE FROM triage_check_in_answer WHERE appointment_id IN "
                + "(SELECT appointment_id FROM triage_check_in WHERE patient_id = ?)", id);
        jdbc.update("DELETE FROM triage_check_in WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM triage_safety_event WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM triage_review WHERE intake_id IN (SELECT id FROM triage_intake WHERE patient_id = ?)", id);
        jdbc.update("DELETE FROM triage_intake WHERE patient_id = ?", id);
    }
}
