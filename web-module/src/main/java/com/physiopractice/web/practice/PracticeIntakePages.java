package com.physiopractice.web.practice;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeReviews;
import com.physiopractice.triage.IntakeReviews.IntakeRecord;
import com.physiopractice.web.site.PageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Her review of intake forms: the queue, most urgent first and oldest first within, and each
 * intake laid out as she reads it (red flags first, every answer beside its question, the scores
 * with their bands, the explanation the patient was given, the patient's other intakes and
 * consultations) with the form that confirms it or changes its disposition with a note. Never
 * cached: these pages show health data, read and audited as the API reads are.
 */
@Controller
class PracticeIntakePages {

    /** A practice of one therapist has tens awaiting at most; more are on the next pages. */
    private static final int PAGE_LENGTH = 50;

    private final IntakeReviews reviews;
    private final PracticeDiary diary;
    private final Workspace workspace;

    PracticeIntakePages(IntakeReviews reviews, PracticeDiary diary, Workspace workspace) {
        this.reviews = reviews;
        this.diary = diary;
        this.workspace = workspace;
    }

    /** One intake as the queue and the patient's page list it. */
    record Row(String id, String patient, String patientId, String submitted, String disposition,
            boolean overridden, boolean reviewed, int redFlags) {
    }

    @GetMapping("/practice/intakes")
    String queue(@RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        ZoneId zone = workspace.zoneOf(therapist);
        // One more than a page says whether there is a next page.
        List<Row> rows = reviews.queue(therapist, !all, page, PAGE_LENGTH + 1).stream().map(queued -> row(queued, zone, workspace))
                .toList();
        model.addAttribute("rows", rows.subList(0, Math.min(rows.size(), PAGE_LENGTH)));
        model.addAttribute("all", all);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", rows.size() > PAGE_LENGTH);
        return "practice/intakes";
    }

    @GetMapping("/practice/intakes/{id}")
    String intake(@PathVariable IntakeId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        IntakeRecord intake = reviews.intake(therapist, id)
                .orElseThrow(PageNotFoundException::new);
        ZoneId zone = workspace.zoneOf(therapist);
        model.addAttribute("intake", intake);
        model.addAttribute("patient", workspace.patientName(intake.patient()));
        model.addAttribute("submitted", workspace.dateTime(intake.submittedAt(), zone));
        model.addAttribute("reviewLines", intake.reviews().stream().map(review -> new ReviewLine(
                workspace.dateTime(review.at(), zone), review.before().name(), review.after().name(),
                review.override(), review.note())).toList());
        model.addAttribute("otherIntakes", reviews.ofPatient(therapist, intake.patient()).stream()
                .filter(other -> !other.id().equals(intake.id())).map(other -> row(other, zone, workspace)).toList());
        model.addAttribute("consultations", diary.withPatient(therapist, intake.patient()).stream()
                .map(appointment -> consultationLine(appointment, zone, workspace)).toList());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("reviewsSeen", intake.reviews().size());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "practice/intake";
    }

    /**
     * Her decision. Confirming keeps the disposition; changing it needs a note. A second click of the
     * same form adds nothing ({@code reviewsSeen}); a bad form comes back with every bad field named.
     */
    @PostMapping("/practice/intakes/{id}/review")
    String review(@PathVariable IntakeId id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(required = false) @Nullable String disposition, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "0") int reviewsSeen, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        Caller therapist = Workspace.therapist(request);
        Map<String, String> errors = new LinkedHashMap<>();
        Disposition override = null;
        if (decision.equals("override")) {
            override = parse(disposition);
            if (override == null) {
                errors.put("disposition", workspace.message("intakes.error.disposition"));
            }
        } else if (!decision.equals("confirm")) {
            errors.put("decision", workspace.message("intakes.error.decision"));
        }
        if (errors.isEmpty()) {
            try {
                IntakeReviews.Reviewed reviewed = reviews.review(therapist, id, override, note, reviewsSeen);
                flash.addFlashAttribute("done", reviewed.added() ? "intakes.done.reviewed" : "intakes.done.already");
                flash.addFlashAttribute("doneFor", workspace.patientName(reviewed.patient()));
                // The intake in the address: the flash goes to this redirect only. Of a double
                // click, the browser follows one answer; the other's flash must not wait in the
                // session and greet her on a later visit to the queue.
                return "redirect:/practice/intakes?reviewed=" + id;
            } catch (InvalidInputException refused) {
                for (FieldProblem problem : refused.problems()) {
                    errors.put(problem.field(), workspace.message("intakes.error." + problem.field()));
                }
            }
        }
        response.setStatus(422);
        model.addAttribute("errors", errors);
        model.addAttribute("decision", decision);
        model.addAttribute("chosen", disposition);
        model.addAttribute("note", note);
        return intake(id, request, response, model);
    }

    /** @param note her reason, shown to therapists only */
    record ReviewLine(String at, String before, String after, boolean override, @Nullable String note) {
    }

    /** A consultation as the intake page and the patient's page list it. */
    record ConsultationLine(String id, String when, String typeName, String status, @Nullable String reason) {
    }

    static ConsultationLine consultationLine(AppointmentView appointment, ZoneId zone, Workspace workspace) {
        return new ConsultationLine(appointment.id().toString(), workspace.dateTime(appointment.start(), zone),
                appointment.typeName(), appointment.status().name(), appointment.cancellationReason());
    }

    static Row row(IntakeReviews.QueuedIntake queued, ZoneId zone, Workspace workspace) {
        return new Row(queued.id().toString(), workspace.patientName(queued.patient()), queued.patient().toString(),
                workspace.dateTime(queued.submittedAt(), zone), queued.current().name(),
                queued.current() != queued.assessed(), queued.reviewed(), queued.redFlags());
    }

    private static @Nullable Disposition parse(@Nullable String disposition) {
        try {
            return disposition == null ? null : Disposition.valueOf(disposition);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
