package com.physiopractice.identity.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.physiopractice.sharedkernel.TypedId;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a sign-in account (a patient's, a therapist's or an administrator's). */
public record AccountId(@JsonValue UUID value) implements TypedId {

    public AccountId {
        Objects.requireNonNull(value, "AccountId needs a value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    /** Parses the canonical UUID form; refuses anything else. */
    @JsonCreator
    public static AccountId of(String value) {
        return new AccountId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
