package com.physiopractice.identity.token;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A refresh token, kept only as the SHA-256 of its value. */
@Entity
@Table(name = "identity_refresh_token")
class RefreshToken {

    @Id
    private String tokenHash;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID sessionId;

    private Instant issuedAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected RefreshToken() {
        // for JPA
    }

    RefreshToken(String tokenHash, UUID sessionId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    UUID sessionId() {
        return sessionId;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
