package com.physiopractice.identity.web;

import com.physiopractice.identity.access.Role;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.AccountService;
import java.time.LocalDate;

/**
 * The signed-in person's own profile.
 *
 * @param patientId set for patients
 * @param therapistId set for therapists
 */
record ProfileResponse(String accountId, String email, Role role, String patientId, String therapistId,
        String fullName, String title, LocalDate dateOfBirth, String phone, String timeZone) {

    static ProfileResponse of(Account account, AccountService accounts) {
        return of(account, accounts.profileOf(account));
    }

    static ProfileResponse of(Account account, AccountService.Person person) {
        return new ProfileResponse(account.id().toString(), account.email(), account.role(),
                person.patientId(), person.therapistId(), person.fullName(), person.title(), person.dateOfBirth(),
                person.phone(), person.timeZone());
    }
}
