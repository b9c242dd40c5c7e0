package com.physiopractice.identity.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.AccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Profile", description = "The signed-in person's own profile")
class MeController {

    private final AccountService accounts;
    private final AuditTrail audit;

    MeController(AccountService accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Only these fields can be sent; any other (role, email, dateOfBirth, ...) is refused with 400. */
    record ProfileChange(@Size(max = 200) String fullName, @Size(max = 30) String phone, String timeZone) {
    }

    @Operation(summary = "Read your own profile", description = "The signed-in person's account and personal details; never cached.")
    @GetMapping
    ProfileResponse me(Caller caller) {
        Account account = accountOf(caller);
        audit.record(AccountService.PROFILE_READ, "ACCOUNT", account.id());
        return ProfileResponse.of(account, accounts);
    }

    @Operation(summary = "Change your name, phone or time zone", description = "Absent fields stay as they are.")
    @PatchMapping
    ProfileResponse change(Caller caller, @Valid @RequestBody ProfileChange change) {
        Account account = accountOf(caller);
        return ProfileResponse.of(account,
                accounts.changeProfile(account, change.fullName(), change.phone(), change.timeZone()));
    }

    private Account accountOf(Caller caller) {
        return accounts.find(caller).orElseThrow(() -> new NotFoundException("The account"));
    }
}
