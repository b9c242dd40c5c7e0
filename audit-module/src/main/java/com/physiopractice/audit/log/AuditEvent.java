package com.physiopractice.audit.log;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import com.physiopractice.audit.AuditEntry;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail, as read back for the audit API; lines are written by {@link AuditLog}. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    /** A longer subject (a request path, say) is cut: the audit line must be written whatever it names. */
    static final int MAX_SUBJECT_ID = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actorAccount;

    private String actorRole;

    private String action;

    private String subjectType;

    private String subjectId;

    private String clientAddress;

    private int occurrences;

    protected AuditEvent() {
        // for JPA
    }

    static String fit(String subjectId) {
        return subjectId == null || subjectId.length() <= MAX_SUBJECT_ID ? subjectId
                : subjectId.substring(0, MAX_SUBJECT_ID);
    }

    AuditEntry view() {
        return new AuditEntry(id, occurredAt, actorAccount, actorRole, action, subjectType, subjectId, clientAddress,
                occurrences);
    }
}
