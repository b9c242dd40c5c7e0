package com.physiopractice.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sign-in: the family of refresh tokens it rotates through, and the access tokens that name it. */
@Entity
@Table(name = "identity_session")
class Session {

    enum EndReason { LOGOUT, REFRESH_TOKEN_REUSED, ACCOUNT_DISABLED, PASSWORD_RESET, PASSWORD_CHANGED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID accountId;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant revokedAt;

    private String revokedReason;

    /** Whether it was begun with the second factor: its access tokens say so as long as it lasts. */
    private boolean secondFactor;

    protected Session() {
        // for JPA
    }

    Session(UUID accountId, Instant now, Instant expiresAt, boolean secondFactor) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.secondFactor = secondFactor;
    }

    boolean begunWithSecondFactor() {
        return secondFactor;
    }

    boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(EndReason reason, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason.name();
        }
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
