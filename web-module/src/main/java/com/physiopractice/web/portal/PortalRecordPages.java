package com.physiopractice.web.portal;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.records.HomeExercises;
import com.physiopractice.records.HomeExercises.TodaysExercise;
import com.physiopractice.records.MeasureId;
import com.physiopractice.records.NoteContent;
import com.physiopractice.records.OutcomeMeasures;
import com.physiopractice.records.OutcomeMeasures.MeasureForm;
import com.physiopractice.records.OutcomeMeasures.MeasureStatus;
import com.physiopractice.records.OutcomeMeasures.MeasureView;
import com.physiopractice.records.PrescriptionId;
import com.physiopractice.records.ProgrammeId;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.web.security.PageSession;
import com.physiopractice.web.site.PageNotFoundException;
import com.physiopractice.web.site.PatientTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinical record as the patient has it: the questionnaires her physiotherapist asks (the
 * emailed link opens one; answered, the same link says so instead of asking again), today's home
 * exercises to mark done with her pain and how hard they were, her reminder time, and her signed
 * notes. Never cached.
 */
@Controller
class PortalRecordPages {

    private final OutcomeMeasures measures;
    private final HomeExercises exercises;
    private final CareEpisodes episodes;
    private final PatientTime time;
    private final MessageSource messages;

    PortalRecordPages(OutcomeMeasures measures, HomeExercises exercises, CareEpisodes episodes, PatientTime time,
            MessageSource messages) {
        this.measures = measures;
        this.exercises = exercises;
        this.episodes = episodes;
        this.time = time;
        this.messages = messages;
    }

    private static Caller patient(HttpServletRequest request) {
        Caller caller = PageSession.of(request).orElseThrow().caller();
        if (!caller.isPatient()) {
            throw new PageNotFoundException();
        }
        return caller;
    }

    @GetMapping("/portal/measures/{id}")
    String measure(@PathVariable MeasureId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller patient = patient(request);
        MeasureView measure;
        MeasureForm form;
        try {
            measure = measures.read(patient, id);
            form = measures.form(patient, id);
        } catch (NotFoundException notHers) {
            throw new PageNotFoundException();
        }
        ZoneId zone = time.zoneOf(patient.requirePatient());
        model.addAttribute("measure", measure);
        model.addAttribute("form", form);
        model.addAttribute("answered", measure.status() == MeasureStatus.ANSWERED);
        model.addAttribute("answeredOn", measure.answeredAt() == null ? null : PatientTime.when(measure.answeredAt(), zone));
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", measure.answers());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "portal/measure";
    }

    /** Her answers: scored and kept, or the form again with every bad answer named and nothing kept. */
    @PostMapping("/portal/measures/{id}")
    String answer(@PathVariable MeasureId id, @RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller patient = patient(request);
        Map<String, String> answers = new LinkedHashMap<>(form);
        answers.remove("_csrf");
        answers.values().removeIf(String::isBlank);
        try {
            measures.answer(patient, id, answers);
            return "redirect:/portal/measures/" + id + "?thanks";
        } catch (NotFoundException notHers) {
            throw new PageNotFoundException();
        } catch (InvalidInputException refused) {
            Map<String, String> labels = new LinkedHashMap<>();
            measures.form(patient, id).questions().forEach(question -> labels.put(question.field(), question.text()));
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : refused.problems()) {
                errors.put(problem.field(), message("records.measure.fieldError",
                        labels.getOrDefault(problem.field(), message("records.measure.whole")), problem.message()));
            }
            response.setStatus(422);
            model.addAttribute("errors", errors);
            model.addAttribute("values", form);
            return measure(id, request, response, model);
        } catch (DomainRefusal alreadyAnswered) {
            return "redirect:/portal/measures/" + id;
        }
    }

    @GetMapping("/portal/exercises")
    String exercises(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller patient = patient(request);
        List<TodaysExercise> today = exercises.today(patient);
        model.addAttribute("today", today);
        model.addAttribute("programmes", exercises.mine(patient).stream().filter(HomeExercises.ProgrammeView::open)
                .map(programme -> new Reminder(programme.id().toString(),
                        programme.reminderTime() == null ? "" : programme.reminderTime().toString())).toList());
        model.addAttribute("waiting", measures.waitingFor(patient));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "portal/exercises";
    }

    /** A programme's reminder time as the form shows it. */
    record Reminder(String programme, String time) {
    }

    @PostMapping("/portal/exercises/log")
    String log(@RequestParam(defaultValue = "") String programme, @RequestParam(defaultValue = "") String exercise,
            @RequestParam(defaultValue = "") String pain, @RequestParam(defaultValue = "") String difficulty,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller patient = patient(request);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer painScore = scale(pain, "pain-" + exercise, "records.exercise.pain", errors);
        Integer difficultyScore = scale(difficulty, "difficulty-" + exercise, "records.exercise.difficulty", errors);
        if (errors.isEmpty()) {
            try {
                exercises.log(patient, ProgrammeId.of(programme), PrescriptionId.of(exercise), null, painScore,
                        difficultyScore);
                return "redirect:/portal/exercises?done=" + exercise;
            } catch (NotFoundException notHers) {
                throw new PageNotFoundException();
            } catch (InvalidInputException refused) {
                refused.problems().forEach(problem -> errors.put(problem.field() + "-" + exercise, problem.message()));
            } catch (DomainRefusal refused) {
                errors.put("exercises", refused.getMessage());
            }
        }
        response.setStatus(422);
        model.addAttribute("errors", errors);
        return exercises(request, response, model);
    }

    @PostMapping("/portal/exercises/reminder")
    String reminder(@RequestParam(defaultValue = "") String programme, @RequestParam(defaultValue = "") String time,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller patient = patient(request);
        LocalTime at = null;
        if (!time.isBlank()) {
            try {
                at = LocalTime.parse(time);
            } catch (DateTimeParseException notATime) {
                response.setStatus(422);
                model.addAttribute("errors", Map.of("reminder-" + programme, message("records.exercise.reminderError")));
                return exercises(request, response, model);
            }
        }
        try {
            exercises.remindAt(patient, ProgrammeId.of(programme), at);
        } catch (NotFoundException notHers) {
            throw new PageNotFoundException();
        }
        return "redirect:/portal/exercises?reminder=" + (at == null ? "off" : at);
    }

    private Integer scale(String value, String field, String labelKey, Map<String, String> errors) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0 && number <= 10) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        errors.put(field, message("records.exercise.scaleError", message(labelKey)));
        return 0;
    }

    record EpisodeRecord(String problem, String opened, @Nullable String discharged, @Nullable String summary,
            List<SignedNote> notes) {
    }

    record SignedNote(String kind, String treated, String signed, NoteContent content, List<AddendumLine> addenda) {
    }

    record AddendumLine(String at, String text) {
    }

    /** Her episodes with their signed notes, as she may read them. */
    @GetMapping("/portal/records")
    String records(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller patient = patient(request);
        ZoneId zone = time.zoneOf(patient.requirePatient());
        model.addAttribute("episodes", episodes.ofPatient(patient, patient.requirePatient()).stream()
                .map(episode -> new EpisodeRecord(episode.problem(), PatientTime.when(episode.openedAt(), zone),
                        episode.dischargedAt() == null ? null : PatientTime.when(episode.dischargedAt(), zone),
                        episode.dischargeSummary(), episode.notes().stream().map(note -> new SignedNote(note.kind().name(),
                                PatientTime.when(note.treatedAt(), zone),
                                note.signedAt() == null ? "" : PatientTime.when(note.signedAt(), zone), note.content(),
                                note.addenda().stream().map(addendum -> new AddendumLine(
                                        PatientTime.when(addendum.writtenAt(), zone), addendum.text())).toList()))
                                .toList())).toList());
        return "portal/records";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
