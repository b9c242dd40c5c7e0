package com.physiopractice.web.booking;

import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.triage.IntakeForms;
import com.physiopractice.triage.IntakeForms.Submission;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intake questionnaire as a page, and its result: advice that needs acting on comes first,
 * and booking is not offered when the answers say a doctor must be seen first. Personal pages:
 * never cached.
 */
@Controller
class IntakePages {

    private final IntakeForms intakes;
    private final OnlineBooking booking;

    IntakePages(IntakeForms intakes, OnlineBooking booking) {
        this.intakes = intakes;
        this.booking = booking;
    }

    @GetMapping("/book/questionnaire")
    String questionnaire(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        if (!mayAnswer(request)) {
            return "redirect:/book";
        }
        model.addAttribute("questionnaire", intakes.questionnaire());
        model.addAttribute("answers", new org.springframework.util.LinkedMultiValueMap<String, String>());
        model.addAttribute("errors", Map.of());
        return "booking/questionnaire";
    }

    @PostMapping("/book/questionnaire")
    String submit(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        if (!mayAnswer(request)) {
            return "redirect:/book";
        }
        Resumed patient = PageSession.of(request).orElseThrow();
        Submission submission = intakes.submit(patient.caller().requirePatient(), form);
        if (submission instanceof Submission.Assessed assessed) {
            model.addAttribute("result", assessed);
            model.addAttribute("types", booking.appointmentTypes());
            return "booking/result";
        }
        Submission.Refused refused = (Submission.Refused) submission;
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("questionnaire", intakes.questionnaire());
        model.addAttribute("answers", form);
        model.addAttribute("errors", errors(refused.problems()));
        model.addAttribute("safety", refused.safety());
        model.addAttribute("emergencyAdvice", refused.emergencyAdvice());
        return "booking/questionnaire";
    }

    /** A patient whose address is confirmed: what submitting an intake needs, as the API's rule says. */
    private static boolean mayAnswer(HttpServletRequest request) {
        return PageSession.of(request).filter(signedIn -> signedIn.caller().isPatient() && signedIn.emailVerified())
                .isPresent();
    }

    /** Field name to what is wrong, keyed as the inputs are named (the summary links to each). */
    private static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
        return errors;
    }
}
