package com.physiopractice.identity.throttle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "identity_sign_in_failure")
class SignInFailure {

    enum KeyKind { ACCOUNT, ADDRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String keyKind;

    private String keyValue;

    private Instant occurredAt;

    protected SignInFailure() {
        // for JPA
    }

    Long id() {
        return id;
    }

    SignInFailure(KeyKind kind, String value, Instant occurredAt) {
        this.keyKind = kind.name();
        this.keyValue = value;
        this.occurredAt = occurredAt;
    }
}
