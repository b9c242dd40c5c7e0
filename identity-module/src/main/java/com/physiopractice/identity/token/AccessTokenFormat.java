package com.physiopractice.identity.token;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** How a {@link Caller} is written into, and read back from, an access token. */
public final class AccessTokenFormat {

    static final String ROLE = "role";
    static final String PATIENT = "pid";
    /** Whether the account's email address was verified when the token was issued. */
    public static final String EMAIL_VERIFIED = "email_verified";
    /** Whether the session was begun with a second factor (RFC 8176 would say {@code amr: ["otp"]}). */
    public static final String SECOND_FACTOR = "mfa";
    static final String THERAPIST = "tid";

    private AccessTokenFormat() {
    }

    public static Caller callerOf(Jwt jwt) {
        AccountId account = new AccountId(UUID.fromString(jwt.getSubject()));
        Role role = Role.valueOf(jwt.getClaimAsString(ROLE));
        return switch (role) {
            case PATIENT -> Caller.patient(account, PatientId.of(jwt.getClaimAsString(PATIENT)));
            case THERAPIST -> Caller.therapist(account, TherapistId.of(jwt.getClaimAsString(THERAPIST)));
            case ADMIN -> Caller.admin(account);
        };
    }

    public static String sessionOf(Jwt jwt) {
        return jwt.getClaimAsString(TokenConfiguration.SESSION_CLAIM);
    }
}
