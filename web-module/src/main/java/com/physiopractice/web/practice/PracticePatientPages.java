package com.physiopractice.web.practice;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.records.BodyRegion;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.records.CareEpisodes.EpisodeView;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.IntakeReviews;
import com.physiopractice.web.account.FormErrors;
import com.physiopractice.web.site.PageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One patient's timeline: her intakes (with the disposition that applies now), her consultations
 * with this therapist, missed and late-cancelled ones named as such, and her episodes of care with
 * the form that opens one at a consultation. Never cached:
 * health data, read and audited as through the API.
 */
@Controller
class PracticePatientPages {

    private final PatientDirectory patients;
    private final IntakeReviews reviews;
    private final PracticeDiary diary;
    private final CareEpisodes episodes;
    private final Workspace workspace;
    private final FormErrors formErrors;

    PracticePatientPages(PatientDirectory patients, IntakeReviews reviews, PracticeDiary diary, CareEpisodes episodes,
            Workspace workspace, FormErrors formErrors) {
        this.patients = patients;
        this.reviews = reviews;
        this.diary = diary;
        this.episodes = episodes;
        this.workspace = workspace;
        this.formErrors = formErrors;
    }

    /** An episode as her patient's page lists it. */
    record EpisodeLine(String id, String problem, String region, String status, String opened, int notes) {
    }

    @GetMapping("/practice/patients/{id}")
    String patient(@PathVariable PatientId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        PatientProfile patient = patients.find(id).orElseThrow(PageNotFoundException::new);
        ZoneId zone = workspace.zoneOf(therapist);
        model.addAttribute("patient", patient);
        model.addAttribute("intakes", reviews.ofPatient(therapist, id).stream()
                .map(intake -> PracticeIntakePages.row(intake, zone, workspace)).toList());
        List<AppointmentView> withHer = diary.withPatient(therapist, id);
        model.addAttribute("consultations", withHer.stream()
                .map(appointment -> PracticeIntakePages.consultationLine(appointment, zone, workspace)).toList());
        List<EpisodeView> hers = withHer.isEmpty() ? List.of() : episodes.ofPatient(therapist, id);
        model.addAttribute("episodes", hers.stream().map(episode -> new EpisodeLine(episode.id().toString(),
                episode.problem(), episode.region().name(), episode.status().name(),
                workspace.dateTime(episode.openedAt(), zone), episode.notes().size())).toList());
        model.addAttribute("regions", BodyRegion.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "practice/patient";
    }

    /**
     * Opens an episode of care at one of her consultations with the patient; its first measures are
     * asked at once. A bad form comes back with every bad field named.
     */
    @PostMapping("/practice/patients/{id}/episodes")
    String openEpisode(@PathVariable PatientId id, @RequestParam(defaultValue = "") String consultation,
            @RequestParam(defaultValue = "") String problem, @RequestParam(defaultValue = "") String region,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller therapist = Workspace.therapist(request);
        List<FieldProblem> problems = new ArrayList<>();
        AppointmentId firstConsultation = null;
        BodyRegion bodyRegion = null;
        try {
            firstConsultation = AppointmentId.of(consultation);
        } catch (RuntimeException notAnId) {
            problems.add(new FieldProblem("firstConsultation", workspace.message("records.error.consultation")));
        }
        try {
            bodyRegion = BodyRegion.valueOf(region);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("region", workspace.message("records.error.region")));
        }
        if (problems.isEmpty()) {
            try {
                EpisodeView opened = episodes.open(therapist, id, new CareEpisodes.NewEpisode(firstConsultation, problem,
                        bodyRegion));
                return "redirect:/practice/episodes/" + opened.id();
            } catch (InvalidInputException refused) {
                problems.addAll(refused.problems());
            }
        }
        response.setStatus(422);
        model.addAttribute("errors", formErrors.of(problems, List.of("firstConsultation", "problem", "region")));
        model.addAttribute("chosenConsultation", consultation);
        model.addAttribute("problem", problem);
        model.addAttribute("chosenRegion", region);
        return patient(id, request, response, model);
    }
}
