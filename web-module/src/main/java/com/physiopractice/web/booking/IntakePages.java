package com.physiopractice.web.booking;

import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.triage.IntakeForms;
import com.physiopractice.triage.IntakeForms.Submission;
import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intake questionnaire as a few short steps, one section each, with the answers kept on the
 * server between steps and across a reload (the draft lives in the page session). Each step is
 * checked with the questionnaire's own rules as it is left, so a bad answer is named beside its
 * field on the step it belongs to, and a sign that needs medical care stops the questionnaire at
 * once with the advice, never after the other steps. The stored intake's result is shown at its
 * own address, so reloading it submits nothing twice. Personal pages: never cached.
 */
@Controller
class IntakePages {

    static final String DRAFT = IntakePages.class.getName() + ".draft";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("whole number from (-?\\d+) to (-?\\d+)");

    private final IntakeForms intakes;
    private final MessageSource messages;

    IntakePages(IntakeForms intakes, MessageSource messages) {
        this.intakes = intakes;
        this.messages = messages;
    }

    @GetMapping("/book/questionnaire")
    String step(@RequestParam(defaultValue = "1") int step, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        if (!mayAnswer(request)) {
            return "redirect:/book";
        }
        IntakeQuestionnaire questionnaire = intakes.questionnaire();
        return page(model, questionnaire, within(step, questionnaire), draft(request.getSession()), Map.of());
    }

    @PostMapping("/book/questionnaire")
    String leaveStep(@RequestParam(defaultValue = "1") int step, @RequestParam(defaultValue = "next") String go,
            @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        if (!mayAnswer(request)) {
            return "redirect:/book";
        }
        IntakeQuestionnaire questionnaire = intakes.questionnaire();
        int current = within(step, questionnaire);
        Draft draft = draft(request.getSession());
        draft.keep(questionnaire.sections().get(current - 1), form);
        if (go.equals("back")) {
            return "redirect:/book/questionnaire?step=" + Math.max(1, current - 1);
        }
        Resumed patient = PageSession.of(request).orElseThrow();
        boolean lastStep = current == questionnaire.sections().size();
        // Only the last step stores the intake; the steps before it are checked, not submitted.
        Submission submission = lastStep ? intakes.submit(patient.caller().requirePatient(), draft.answers())
                : intakes.check(patient.caller().requirePatient(), draft.answers());
        if (submission instanceof Submission.Assessed assessed) {
            request.getSession().removeAttribute(DRAFT);
            return "redirect:/portal/intakes/" + assessed.intake() + "?new";
        }
        Submission.Refused refused = (Submission.Refused) submission;
        if (refused.safety() != null) {
            // Medical care first: the rest of the questions can wait (the therapist has been alerted).
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("safety", refused.safety());
            model.addAttribute("emergencyAdvice", null);
            return page(model, questionnaire, 1, draft, Map.of());
        }
        int firstBadStep = lastStep ? firstStepWithProblems(questionnaire, refused.problems()) : current;
        Map<String, String> errors = errorsOn(questionnaire.sections().get(firstBadStep - 1), refused.problems());
        if (errors.isEmpty() && !lastStep) {
            return "redirect:/book/questionnaire?step=" + (current + 1);
        }
        if (errors.isEmpty()) {
            // A problem with no single question (the form as a whole): named all the same, never hidden.
            refused.problems().forEach(problem -> errors.putIfAbsent(problem.field(), plain(problem.message())));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("emergencyAdvice", firstBadStep == 1 ? refused.emergencyAdvice() : null);
        return page(model, questionnaire, firstBadStep, draft, errors);
    }

    private String page(Model model, IntakeQuestionnaire questionnaire, int step, Draft draft,
            Map<String, String> errors) {
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("step", step);
        model.addAttribute("steps", questionnaire.sections().size());
        model.addAttribute("sections", List.of(questionnaire.sections().get(step - 1)));
        model.addAttribute("answers", draft.answers());
        model.addAttribute("errors", errors);
        return "booking/questionnaire";
    }

    /** A patient whose address is confirmed: what submitting an intake needs, as the API's rule says. */
    private static boolean mayAnswer(HttpServletRequest request) {
        return PageSession.of(request).filter(signedIn -> signedIn.caller().isPatient() && signedIn.emailVerified())
                .isPresent();
    }

    private static int within(int step, IntakeQuestionnaire questionnaire) {
        return Math.min(Math.max(step, 1), questionnaire.sections().size());
    }

    private int firstStepWithProblems(IntakeQuestionnaire questionnaire, List<FieldProblem> problems) {
        for (int i = 0; i < questionnaire.sections().size(); i++) {
            if (!errorsOn(questionnaire.sections().get(i), problems).isEmpty()) {
                return i + 1;
            }
        }
        return questionnaire.sections().size();
    }

    /**
     * This step's bad answers, keyed as its inputs are named. A problem with a whole list or
     * object ({@code odi}, {@code safety}) belongs to the step whose questions are its parts.
     */
    private Map<String, String> errorsOn(IntakeQuestionnaire.Section section, List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            section.questions().stream().map(IntakeQuestionnaire.Question::field)
                    .filter(field -> field.equals(problem.field()) || field.startsWith(problem.field() + "[")
                            || field.startsWith(problem.field() + "."))
                    .findFirst().ifPresent(field -> errors.putIfAbsent(field, plain(problem.message())));
        }
        return errors;
    }

    /** Answers so far, field by field as the form names them; in the session, so a reload keeps them. */
    static final class Draft implements Serializable {

        private final LinkedHashMap<String, List<String>> answers = new LinkedHashMap<>();

        /** This step's answers replace what it had (an answer taken back is gone). */
        synchronized void keep(IntakeQuestionnaire.Section section, MultiValueMap<String, String> form) {
            for (IntakeQuestionnaire.Question question : section.questions()) {
                List<String> given = form.get(question.field());
                if (given == null || given.stream().allMatch(String::isBlank)) {
                    answers.remove(question.field());
                } else {
                    answers.put(question.field(), new ArrayList<>(given));
                }
            }
        }

        synchronized Map<String, List<String>> answers() {
            return new LinkedHashMap<>(answers);
        }
    }

    private static Draft draft(HttpSession session) {
        Object kept = session.getAttribute(DRAFT);
        if (kept instanceof Draft draft) {
            return draft;
        }
        Draft fresh = new Draft();
        session.setAttribute(DRAFT, fresh);
        return fresh;
    }

    /**
     * The questionnaire rules' wording is written for API clients ("must be true (yes) or false
     * (no)"); a patient reads the same problem as a plain request.
     */
    private String plain(String message) {
        Matcher number = WHOLE_NUMBER.matcher(message);
        String key = number.find() ? null
                : message.startsWith("is required") ? "intake.required"
                : message.contains("true (yes) or false (no)") || message.contains("(agree) or false") ? "intake.yesOrNo"
                : message.startsWith("must be one of") || message.startsWith("has an unknown code") ? "intake.choose"
                : null;
        if (key != null) {
            return messages.getMessage(key, null, LocaleContextHolder.getLocale());
        }
        if (number.find(0)) {
            return messages.getMessage("intake.number", new Object[] {number.group(1), number.group(2)},
                    LocaleContextHolder.getLocale());
        }
        return messages.getMessage("intake.other", new Object[] {message}, LocaleContextHolder.getLocale());
    }
}
