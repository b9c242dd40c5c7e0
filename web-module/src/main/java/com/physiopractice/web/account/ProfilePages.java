package com.physiopractice.web.account;

import com.physiopractice.identity.BrowserAccounts;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.web.security.PageSession;
import com.physiopractice.web.site.PatientTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Her own details: name, phone and time zone; her password; a second factor if she wants one.
 * The same rules and audit as {@code /api/v1/me}. Personal: never cached.
 */
@Controller
class ProfilePages {

    static final List<String> PROFILE_FIELDS = List.of("fullName", "phone", "timeZone");
    static final List<String> PASSWORD_FIELDS = List.of("currentPassword", "newPassword");

    private final BrowserAccounts accounts;
    private final FormErrors forms;

    ProfilePages(BrowserAccounts accounts, FormErrors forms) {
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping("/portal/profile")
    String profile(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        BrowserAccounts.Profile profile = accounts.profile(signedIn(request).caller());
        return page(model, profile, stored(profile), Map.of());
    }

    @PostMapping("/portal/profile")
    String changeProfile(@RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Resumed signedIn = signedIn(request);
        try {
            accounts.changeProfile(signedIn.caller(), form.getOrDefault("fullName", ""), form.get("phone"),
                    form.getOrDefault("timeZone", ""));
            return "redirect:/portal/profile?saved";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setHeader("Cache-Control", "no-store");
            return page(model, accounts.profile(signedIn.caller()), form,
                    forms.of(refused.problems(), PROFILE_FIELDS));
        }
    }

    @PostMapping("/portal/password")
    String changePassword(@RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Resumed signedIn = signedIn(request);
        try {
            accounts.changePassword(signedIn.tokens(), form.getOrDefault("currentPassword", ""),
                    form.getOrDefault("newPassword", ""));
            return "redirect:/portal/profile?passwordChanged";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setHeader("Cache-Control", "no-store");
            BrowserAccounts.Profile profile = accounts.profile(signedIn.caller());
            return page(model, profile, stored(profile),
                    forms.of(refused.problems(), PASSWORD_FIELDS));
        }
    }

    @PostMapping("/portal/second-factor")
    String startSecondFactor(@RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Resumed signedIn = signedIn(request);
        try {
            model.addAttribute("setup", accounts.startSecondFactor(signedIn.caller(), currentPassword));
            model.addAttribute("errors", Map.of());
            return "account/second-factor";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            BrowserAccounts.Profile profile = accounts.profile(signedIn.caller());
            model.addAttribute("secondFactorErrors", forms.of(refused.problems(), List.of("currentPassword")));
            return page(model, profile, stored(profile), Map.of());
        } catch (DomainRefusal alreadySetUp) {
            return "redirect:/portal/profile";
        }
    }

    @PostMapping("/portal/second-factor/confirm")
    String confirmSecondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        try {
            Resumed signedIn = signedIn(request);
            model.addAttribute("recoveryCodes", accounts.confirmSecondFactor(signedIn.caller(), code.strip()));
            // A session begun without a code stays without one: her workspace opens to the next, begun with it.
            model.addAttribute("signInAgain", signedIn.secondFactorOwed());
            if (signedIn.secondFactorOwed()) {
                BrowserAccounts.SessionTokens ending = PageSession.end(request);
                if (ending != null) {
                    accounts.signOut(ending);
                }
            }
            return "account/recovery-codes";
        } catch (InvalidInputException refused) {
            // The secret was shown once; a wrong code means starting again with a new one.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("codeRefused", true);
            BrowserAccounts.Profile profile = accounts.profile(signedIn(request).caller());
            return page(model, profile, stored(profile), Map.of());
        }
    }

    private static String page(Model model, BrowserAccounts.Profile profile, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("profile", profile);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", PatientTime.zones());
        return "account/profile";
    }

    private static Resumed signedIn(HttpServletRequest request) {
        return PageSession.of(request).orElseThrow();
    }

    /** The form filled with what is stored. */
    private static Map<String, String> stored(BrowserAccounts.Profile profile) {
        return Map.of("fullName", nonNull(profile.fullName()), "phone", nonNull(profile.phone()), "timeZone",
                nonNull(profile.timeZone()));
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
