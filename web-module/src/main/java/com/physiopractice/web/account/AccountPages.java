package com.physiopractice.web.account;

import com.physiopractice.identity.BrowserAccounts;
import com.physiopractice.identity.BrowserAccounts.SessionTokens;
import com.physiopractice.identity.BrowserAccounts.SignInResult;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.web.security.PageSession;
import com.physiopractice.web.site.PatientTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign up, sign in and out, and the pages behind the links accounts are emailed. Links are
 * followed with a button, never by opening them: mail scanners open links too.
 */
@Controller
class AccountPages {

    static final List<String> SIGN_UP_FIELDS = List.of("fullName", "email", "dateOfBirth", "phone", "timeZone",
            "password");

    private final BrowserAccounts accounts;

    private final FormErrors forms;

    AccountPages(BrowserAccounts accounts, FormErrors forms) {
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping("/sign-in")
    String signInForm(Model model) {
        model.addAttribute("errors", Map.of());
        return "account/sign-in";
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) @Nullable String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SignInResult result = accounts.signIn(email, password, code == null || code.isBlank() ? null : code,
                request.getRemoteAddr());
        model.addAttribute("email", email);
        if (result instanceof SignInResult.SignedIn signedIn) {
            PageSession.begin(request, signedIn.tokens());
            return "redirect:/portal";
        }
        if (result instanceof SignInResult.CodeNeeded) {
            model.addAttribute("codeNeeded", true);
            model.addAttribute("errors", Map.of("code", forms.message("signin.codeNeeded")));
        } else if (result instanceof SignInResult.Throttled throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            model.addAttribute("errors", Map.of("email", forms.message("signin.throttled",
                    Math.max(1, throttled.retryAfterSeconds() / 60))));
        } else {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("errors", Map.of("email", forms.message("signin.refused")));
        }
        return "account/sign-in";
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request) {
        SessionTokens tokens = PageSession.end(request);
        if (tokens != null) {
            accounts.signOut(tokens);
        }
        return "redirect:/";
    }

    /** One input of the sign-up form as the page shows it: what was typed (never the password) and what is wrong. */
    record Field(String name, String type, String autocomplete, @Nullable String value, @Nullable String error) {
    }

    static List<Field> signUpFields(Map<String, String> typed, Map<String, String> errors) {
        return List.of(
                new Field("fullName", "text", "name", typed.get("fullName"), errors.get("fullName")),
                new Field("email", "email", "email", typed.get("email"), errors.get("email")),
                new Field("dateOfBirth", "date", "bday", typed.get("dateOfBirth"), errors.get("dateOfBirth")),
                new Field("phone", "tel", "tel", typed.get("phone"), errors.get("phone")));
    }

    @GetMapping("/sign-up")
    String signUpForm(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("fields", signUpFields(Map.of(), Map.of()));
        model.addAttribute("timeZone", "Europe/London");
        model.addAttribute("zones", PatientTime.zones());
        return "account/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate dateOfBirth = null;
        try {
            dateOfBirth = LocalDate.parse(form.getOrDefault("dateOfBirth", ""));
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldProblem("dateOfBirth", "must be a date, such as 1980-04-21"));
        }
        try {
            if (problems.isEmpty()) {
                accounts.register(form.getOrDefault("email", ""), form.getOrDefault("password", ""),
                        form.getOrDefault("fullName", ""), dateOfBirth, blankToNull(form.get("phone")),
                        form.getOrDefault("timeZone", ""));
                return "redirect:/sign-up/check-your-email";
            }
        } catch (InvalidInputException refused) {
            problems.addAll(refused.problems());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Map<String, String> errors = forms.of(problems, SIGN_UP_FIELDS);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", signUpFields(form, errors));
        model.addAttribute("timeZone", form.getOrDefault("timeZone", "Europe/London"));
        model.addAttribute("zones", PatientTime.zones());
        return "account/sign-up";
    }

    @GetMapping("/sign-up/check-your-email")
    String checkYourEmail() {
        return "account/check-your-email";
    }

    @GetMapping("/verify-email")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "account/verify-email";
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        boolean verified = accounts.verifyEmail(token);
        if (!verified) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("verified", verified);
        return "account/email-verified";
    }

    @GetMapping("/forgot-password")
    String forgotForm() {
        return "account/forgot-password";
    }

    /** The same answer whether or not the address has an account. */
    @PostMapping("/forgot-password")
    String forgot(@RequestParam(defaultValue = "") String email) {
        if (!email.isBlank() && email.length() <= 254) {
            accounts.requestPasswordReset(email);
        }
        return "redirect:/sign-up/check-your-email";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        return choosePassword("reset", token, Map.of(), model);
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            HttpServletResponse response, Model model) {
        try {
            accounts.resetPassword(token, password);
            return "redirect:/sign-in?reset";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return choosePassword("reset", token, forms.of(refused.problems().stream()
                    .map(problem -> problem.field().equals("newPassword")
                            ? new FieldProblem("password", problem.message()) : problem)
                    .toList(), List.of("password", "token")), model);
        }
    }

    /** The link in a staff invitation: she chooses her password, then signs in. */
    @GetMapping("/enrol")
    String enrolForm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        return choosePassword("enrol", token, Map.of(), model);
    }

    @PostMapping("/enrol")
    String enrol(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            HttpServletResponse response, Model model) {
        try {
            accounts.enrol(token, password);
            return "redirect:/sign-in?enrolled";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return choosePassword("enrol", token, forms.of(refused.problems(), List.of("password", "token")), model);
        }
    }

    /** The one page for a password chosen by an emailed link: {@code reset} or {@code enrol}. */
    private static String choosePassword(String purpose, String token, Map<String, String> errors, Model model) {
        model.addAttribute("purpose", purpose);
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "account/choose-password";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
