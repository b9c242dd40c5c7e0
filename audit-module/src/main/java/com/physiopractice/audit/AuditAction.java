package com.physiopractice.audit;

import java.util.Objects;

/**
 * What an audited event was, as a stable upper-snake code (for example {@code INTAKE_READ}).
 * Modules define their own codes as constants next to the code that records them.
 */
public record AuditAction(String code) {

    public AuditAction {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]+(_[A-Z]+)*") || code.length() > 64) {
            throw new IllegalArgumentException("audit action codes are UPPER_SNAKE, at most 64 characters: " + code);
        }
    }

    public static AuditAction of(String code) {
        return new AuditAction(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
