package com.physiopractice.identity.account;

import com.physiopractice.identity.StaffAccounts;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffAccountService implements StaffAccounts {

    private final Accounts accounts;
    private final AccountService service;
    private final TherapistDirectory therapists;

    StaffAccountService(Accounts accounts, AccountService service, TherapistDirectory therapists) {
        this.accounts = accounts;
        this.service = service;
        this.therapists = therapists;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staff(Caller administrator) {
        requireAdministrator(administrator);
        return accounts.findStaffByEmail().stream().map(this::member).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> member(Caller administrator, AccountId account) {
        requireAdministrator(administrator);
        return accounts.findById(account.value()).filter(found -> found.role() != Role.PATIENT).map(this::member);
    }

    @Override
    public StaffMember inviteTherapist(Caller administrator, String email, String fullName, @Nullable String title,
            String timeZone) {
        requireAdministrator(administrator);
        return member(service.inviteTherapist(new AccountService.TherapistInvitation(email, fullName,
                title == null || title.isBlank() ? null : title.strip(), timeZone)));
    }

    @Override
    public StaffMember disable(Caller administrator, AccountId account) {
        requireAdministrator(administrator);
        return member(service.disable(account, administrator));
    }

    private StaffMember member(Account account) {
        Standing standing = !account.isEnabled() ? Standing.DISABLED
                : account.isAwaitingEnrolment() ? Standing.INVITED : Standing.ACTIVE;
        String name = account.therapistId().flatMap(therapists::find).map(TherapistProfile::fullName).orElse(null);
        return new StaffMember(account.id(), account.email(), account.role(), account.therapistId().orElse(null), name,
                standing, account.createdAt());
    }

    private static void requireAdministrator(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            throw new IllegalStateException("staff accounts are the administrators'; the page's access rules should "
                    + "have said so");
        }
    }
}
