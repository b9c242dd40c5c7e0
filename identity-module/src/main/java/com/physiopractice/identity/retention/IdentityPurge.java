package com.physiopractice.identity.retention;

import com.physiopractice.sharedkernel.PatientDataPurge;
import com.physiopractice.sharedkernel.PatientId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Last: the closed account itself, with what is left of its sessions. Audit lines keep its id only. */
@Component
@Order(50)
class IdentityPurge implements PatientDataPurge {

    private final JdbcTemplate jdbc;

    IdentityPurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purge(PatientId patient) {
        String id = patient.toString();
        jdbc.update("DELETE FROM identity_refresh_token WHERE session_id IN (SELECT s.id FROM identity_session s "
                + "JOIN identity_account a ON a.id = s.account_id WHERE a.patient_id = ?)", id);
        jdbc.update("DELETE FROM identity_session WHERE account_id IN "
                + "(SELECT id FROM identity_account WHERE patient_id = ?)", id);
        jdbc.update("DELETE FROM identity_account WHERE patient_id = ?", id);
    }
}
