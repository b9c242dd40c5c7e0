package com.physiopractice.people.retention;

import com.physiopractice.sharedkernel.PatientDataPurge;
import com.physiopractice.sharedkernel.PatientId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The pseudonymous patient herself, after every record that names her. */
@Component
@Order(40)
class PeoplePurge implements PatientDataPurge {

    private final JdbcTemplate jdbc;

    PeoplePurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purge(PatientId patient) {
        jdbc.update("DELETE FROM people_patient WHERE id = ?", patient.toString());
    }
}
