package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The practice's staff accounts as the administrator's pages manage them, with the API's rules and
 * audit: who they are, inviting a therapist (she chooses her own password by the emailed link) and
 * disabling an account in one step. Administrators only: callers are checked.
 */
public interface StaffAccounts {

    enum Standing { INVITED, ACTIVE, DISABLED }

    /** @param fullName the therapist's name; null for an administrator */
    record StaffMember(AccountId account, String email, Role role, @Nullable TherapistId therapist,
            @Nullable String fullName, Standing standing, Instant createdAt) {
    }

    /** Every therapist and administrator, by email address. */
    List<StaffMember> staff(Caller administrator);

    Optional<StaffMember> member(Caller administrator, AccountId account);

    /**
     * Invites a therapist and emails her the enrolment link. Bad fields are an {@code InvalidInputException}
     * naming {@code email}, {@code fullName}, {@code title} or {@code timeZone}; an address in use is a
     * refusal ({@code email-taken}).
     */
    StaffMember inviteTherapist(Caller administrator, String email, String fullName, @Nullable String title,
            String timeZone);

    /** Signs the account out everywhere and stops it signing in; a therapist stops taking patients. */
    StaffMember disable(Caller administrator, AccountId account);
}
