package com.physiopractice.web.admin;

import com.physiopractice.booking.TherapistCaseload;
import com.physiopractice.identity.StaffAccounts;
import com.physiopractice.identity.StaffAccounts.StaffMember;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.web.security.PageSession;
import com.physiopractice.web.site.PageNotFoundException;
import com.physiopractice.web.site.PatientTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice's staff: every therapist and administrator with where her account stands, the
 * invitation of a new therapist (she is emailed a link and chooses her own password), and
 * disabling an account, its consequences shown first: the sessions that end, and for a therapist
 * the consultations still booked with her that someone must move or cancel.
 */
@Controller
class AdminStaffPages {

    private static final List<String> INVITATION_FIELDS = List.of("email", "fullName", "title", "timeZone");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    /** Administrators read times in UTC: the audit trail and the outbox are stored so. */
    static final ZoneId UTC = ZoneId.of("UTC");

    private final StaffAccounts staff;
    private final TherapistCaseload caseload;
    private final MessageSource messages;

    AdminStaffPages(StaffAccounts staff, TherapistCaseload caseload, MessageSource messages) {
        this.staff = staff;
        this.caseload = caseload;
        this.messages = messages;
    }

    /** One booked consultation she leaves behind, as the disable page lists it. */
    record Left(String when, String typeName, String patient, String contact) {
    }

    @GetMapping("/admin")
    String staff(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("members", staff.staff(administrator(request)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of("timeZone", "Europe/London"));
        }
        model.addAttribute("zones", PatientTime.zones());
        return "admin/staff";
    }

    @PostMapping("/admin/therapists")
    String invite(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            StaffMember invited = staff.inviteTherapist(administrator(request), form.getOrDefault("email", ""),
                    form.getOrDefault("fullName", ""), form.get("title"), form.getOrDefault("timeZone", ""));
            flash.addFlashAttribute("done", message("admin.invited", invited.fullName(), invited.email()));
            return "redirect:/admin";
        } catch (InvalidInputException refused) {
            for (String field : INVITATION_FIELDS) {
                if (refused.problems().stream().map(FieldProblem::field).anyMatch(field::equals)) {
                    errors.put(field, message("admin.error." + field));
                }
            }
        } catch (DomainRefusal taken) {
            errors.put("email", message("admin.error.emailTaken"));
        }
        response.setStatus(422);
        model.addAttribute("errors", errors);
        model.addAttribute("values", form);
        return staff(request, response, model);
    }

    @GetMapping("/admin/accounts/{id}/disable")
    String disableForm(@PathVariable AccountId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller administrator = administrator(request);
        StaffMember member = staff.member(administrator, id).orElseThrow(PageNotFoundException::new);
        model.addAttribute("member", member);
        model.addAttribute("self", member.account().equals(administrator.account()));
        model.addAttribute("left", member.therapist() == null ? List.of()
                : caseload.upcoming(member.therapist()).stream().map(AdminStaffPages::left).toList());
        return "admin/disable";
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable AccountId id, HttpServletRequest request, RedirectAttributes flash) {
        Caller administrator = administrator(request);
        StaffMember member = staff.member(administrator, id).orElseThrow(PageNotFoundException::new);
        if (member.standing() == StaffAccounts.Standing.DISABLED) {
            // A second click: it is done already.
            flash.addFlashAttribute("done", message("admin.disabled", member.email()));
            return "redirect:/admin";
        }
        try {
            staff.disable(administrator, id);
            flash.addFlashAttribute("done", message("admin.disabled", member.email()));
        } catch (InvalidInputException ownAccount) {
            flash.addFlashAttribute("refusal", message("admin.error.self"));
        }
        return "redirect:/admin";
    }

    private static Left left(TherapistCaseload.UpcomingAppointment upcoming) {
        List<String> contact = new java.util.ArrayList<>();
        if (upcoming.patientEmail() != null) {
            contact.add(upcoming.patientEmail());
        }
        if (upcoming.patientPhone() != null) {
            contact.add(upcoming.patientPhone());
        }
        return new Left(WHEN.format(upcoming.appointment().start().atZone(UTC)), upcoming.appointment().typeName(),
                upcoming.patientName(), String.join(", ", contact));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    static Caller administrator(HttpServletRequest request) {
        // The chain lets only administrators in.
        return PageSession.of(request).orElseThrow().caller();
    }
}
