package com.physiopractice.identity.web;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditQuery;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration", description = "Therapist accounts and the audit trail (administrators only)")
class AdminController {

    private final AccountService accounts;
    private final AuditTrail audit;

    AdminController(AccountService accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    record NewTherapist(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 60) String title,
            @NotBlank String timeZone) {
    }

    record NewAdministrator(@NotBlank @Email @Size(max = 254) String email) {
    }

    @Operation(summary = "Invite a therapist", description = "Administrators only. Creates the therapist and her "
            + "account, and emails her a link (7 days, once) with which she chooses her own password: nobody else ever "
            + "sets a staff member's password.")
    @PostMapping("/api/v1/admin/therapists")
    ResponseEntity<ProfileResponse> createTherapist(@Valid @RequestBody NewTherapist request) {
        Account account = accounts.inviteTherapist(new AccountService.TherapistInvitation(request.email(),
                request.fullName(), request.title(), request.timeZone()));
        ProfileResponse profile = ProfileResponse.of(account, accounts);
        return ResponseEntity.created(URI.create("/api/v1/booking/therapists/" + profile.therapistId())).body(profile);
    }

    @Operation(summary = "Invite an administrator", description = "Administrators only. Emails her an enrolment link "
            + "(7 days, once) with which she chooses her own password.")
    @PostMapping("/api/v1/admin/administrators")
    ResponseEntity<ProfileResponse> inviteAdministrator(@Valid @RequestBody NewAdministrator request) {
        Account account = accounts.inviteAdministrator(request.email());
        return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + account.id()))
                .body(ProfileResponse.of(account, accounts));
    }

    @Operation(summary = "Disable an account", description = "In one step: it can no longer sign in, and every session "
            + "it has ends at once (its access and refresh tokens stop working). A therapist also leaves the public "
            + "list and cannot be booked, and her calendar feed address stops working; her appointments stay booked: "
            + "GET /api/v1/admin/therapists/{therapistId}/upcoming-appointments lists them to move or cancel.")
    @PostMapping("/api/v1/admin/accounts/{accountId}/disable")
    ProfileResponse disable(Caller caller, @PathVariable AccountId accountId) {
        return ProfileResponse.of(accounts.disable(accountId, caller), accounts);
    }

    @Operation(summary = "Search the audit trail", description = "Newest first; `to` is exclusive; at most 100 a page.")
    @GetMapping("/api/v1/audit-events")
    PagedModel<AuditEventView> auditEvents(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AuditQuery query = new AuditQuery(actor, action, subjectType, subjectId, from, to);
        // Who looked into the trail, and for what, is itself in the trail.
        audit.record(AuditQuery.AUDIT_SEARCHED, "AUDIT_QUERY", query.describe());
        return new PagedModel<>(audit.search(query,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).map(AuditEventView::of));
    }

    static final AuditAction AUDIT_CHAIN_VERIFIED = AuditAction.of("AUDIT_CHAIN_VERIFIED");

    @Operation(summary = "Verify the audit trail (admins)", description = "Checks the trail's hash chain from its first "
            + "line to its last sealed one: `intact`, or `firstBrokenLine` (the id of the first line changed, or after a "
            + "line removed, since it was sealed) with the `problem`. Lines are sealed within seconds of being written.")
    @GetMapping("/api/v1/admin/audit-trail/verification")
    ChainVerificationView verifyAuditTrail() {
        ChainVerification checked = audit.verifyChain();
        audit.record(AUDIT_CHAIN_VERIFIED, "AUDIT_TRAIL", checked.intact() ? "intact" : "broken at " + checked.firstBrokenLine());
        return new ChainVerificationView(checked.intact(), checked.sealedLines(), checked.unsealedLines(),
                checked.firstBrokenLine(), checked.problem());
    }

    /**
     * @param firstBrokenLine the id of the first line where the chain breaks; absent when intact
     * @param unsealedLines written but not in the chain yet (sealed within seconds)
     */
    record ChainVerificationView(boolean intact, long sealedLines, long unsealedLines, @Nullable Long firstBrokenLine,
            @Nullable String problem) {
    }
}
