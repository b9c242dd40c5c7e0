package com.physiopractice.identity.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable: Hibernate never issues an UPDATE for it. */
@Entity
@Immutable
@Table(name = "identity_audit_event")
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

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Instant occurredAt, String actorAccount, String actorRole, String action, String subjectType,
            String subjectId, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actorAccount = actorAccount;
        this.actorRole = actorRole;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId == null || subjectId.length() <= MAX_SUBJECT_ID ? subjectId
                : subjectId.substring(0, MAX_SUBJECT_ID);
        this.clientAddress = clientAddress;
    }

    AuditEventView view() {
        return new AuditEventView(id, occurredAt, actorAccount, actorRole, action, subjectType, subjectId,
                clientAddress);
    }
}
