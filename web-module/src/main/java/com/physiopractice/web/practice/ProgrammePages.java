package com.physiopractice.web.practice;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.records.CareEpisodes.EpisodeView;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.HomeExercises;
import com.physiopractice.records.HomeExercises.Card;
import com.physiopractice.records.HomeExercises.PrescribedExercise;
import com.physiopractice.records.HomeExercises.Prescribing;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.web.site.PageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

/**
 * Her home exercise programme editor: every published exercise card, those in the programme ticked
 * with their dose, a card the patient's triage profile advises against flagged with why and held back
 * until she confirms it. Inputs are named per card ({@code sets.glute-bridge}), so each bad field is
 * named next to its card.
 */
@Controller
class ProgrammePages {

    private final CareEpisodes episodes;
    private final HomeExercises exercises;
    private final Workspace workspace;
    private final Clock clock;

    ProgrammePages(CareEpisodes episodes, HomeExercises exercises, Workspace workspace, Clock clock) {
        this.episodes = episodes;
        this.exercises = exercises;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** One card's row of the form. */
    record Row(Card card, boolean included, Map<String, String> values) {
    }

    static final List<String> DOSE = List.of("sets", "repetitions", "holdSeconds", "timesPerDay", "daysPerWeek", "startsOn",
            "endsOn", "notes");

    @GetMapping("/practice/episodes/{id}/programme")
    String programme(@PathVariable EpisodeId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        EpisodeView episode;
        List<Card> cards;
        try {
            episode = episodes.read(therapist, id);
            cards = exercises.cards(therapist, id);
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        }
        @SuppressWarnings("unchecked")
        Map<String, String> submitted = (Map<String, String>) model.getAttribute("submitted");
        Map<String, PrescribedExercise> current = new LinkedHashMap<>();
        exercises.ofEpisode(therapist, id).ifPresent(programme -> programme.exercises().stream()
                .filter(exercise -> exercise.stoppedOn() == null).forEach(exercise -> current.put(exercise.card(), exercise)));
        String today = LocalDate.now(clock.withZone(workspace.zoneOf(therapist))).toString();
        List<Row> rows = cards.stream().map(card -> submitted != null ? fromForm(card, submitted)
                : fromProgramme(card, current.get(card.slug()), today)).toList();
        model.addAttribute("episode", episode);
        model.addAttribute("patient", workspace.patientName(episode.patient()));
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "practice/programme";
    }

    private static Row fromProgramme(Card card, @Nullable PrescribedExercise exercise, String today) {
        Map<String, String> values = new LinkedHashMap<>();
        if (exercise == null) {
            values.putAll(Map.of("sets", "2", "repetitions", "10", "holdSeconds", "5", "timesPerDay", "1",
                    "daysPerWeek", "7", "startsOn", today));
            return new Row(card, false, values);
        }
        values.put("sets", Integer.toString(exercise.sets()));
        values.put("repetitions", Integer.toString(exercise.repetitions()));
        values.put("holdSeconds", Integer.toString(exercise.holdSeconds()));
        values.put("timesPerDay", Integer.toString(exercise.timesPerDay()));
        values.put("daysPerWeek", Integer.toString(exercise.daysPerWeek()));
        values.put("startsOn", exercise.startsOn().toString());
        values.put("endsOn", exercise.endsOn() == null ? "" : exercise.endsOn().toString());
        values.put("notes", exercise.notes() == null ? "" : exercise.notes());
        values.put("confirm", exercise.notAdvised() != null ? "true" : "");
        return new Row(card, true, values);
    }

    private static Row fromForm(Card card, Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : DOSE) {
            values.put(field, form.getOrDefault(field + "." + card.slug(), ""));
        }
        values.put("confirm", form.getOrDefault("confirm." + card.slug(), ""));
        return new Row(card, "true".equals(form.get("include." + card.slug())), values);
    }

    @PostMapping("/practice/episodes/{id}/programme")
    String save(@PathVariable EpisodeId id, @RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller therapist = Workspace.therapist(request);
        List<Card> cards;
        try {
            cards = exercises.cards(therapist, id);
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        }
        List<String> included = new ArrayList<>();
        List<Prescribing> prescribing = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Card card : cards) {
            if (!"true".equals(form.get("include." + card.slug()))) {
                continue;
            }
            included.add(card.slug());
            prescribing.add(new Prescribing(card.slug(), number(form, "sets", card, errors),
                    number(form, "repetitions", card, errors), number(form, "holdSeconds", card, errors),
                    number(form, "timesPerDay", card, errors), number(form, "daysPerWeek", card, errors),
                    form.get("notes." + card.slug()), date(form, "startsOn", card, errors), date(form, "endsOn", card, errors),
                    "true".equals(form.get("confirm." + card.slug()))));
        }
        if (errors.isEmpty()) {
            try {
                exercises.set(therapist, id, prescribing);
                return "redirect:/practice/episodes/" + id + "?programme";
            } catch (InvalidInputException refused) {
                for (FieldProblem problem : refused.problems()) {
                    // exercises[2].sets → the input of the third ticked card
                    String field = problem.field();
                    int open = field.indexOf('[');
                    int close = field.indexOf(']');
                    if (open >= 0 && close > open && field.length() > close + 2) {
                        String slug = included.get(Integer.parseInt(field.substring(open + 1, close)));
                        String input = field.substring(close + 2);
                        errors.put((input.equals("confirmNotAdvised") ? "confirm" : input) + "." + slug,
                                titleOf(cards, slug) + ": " + problem.message());
                    } else {
                        errors.put("exercises", problem.message());
                    }
                }
            } catch (DomainRefusal refused) {
                errors.put("exercises", refused.getMessage());
            }
        }
        response.setStatus(422);
        model.addAttribute("errors", errors);
        model.addAttribute("submitted", form);
        return programme(id, request, response, model);
    }

    private String titleOf(List<Card> cards, String slug) {
        return cards.stream().filter(card -> card.slug().equals(slug)).map(Card::title).findFirst().orElse(slug);
    }

    private @Nullable Integer number(Map<String, String> form, String field, Card card, Map<String, String> errors) {
        String value = form.getOrDefault(field + "." + card.slug(), "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            errors.put(field + "." + card.slug(), card.title() + ": " + workspace.message("records.error.number",
                    workspace.message("records.dose." + field)));
            return null;
        }
    }

    private @Nullable LocalDate date(Map<String, String> form, String field, Card card, Map<String, String> errors) {
        String value = form.getOrDefault(field + "." + card.slug(), "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            errors.put(field + "." + card.slug(), card.title() + ": " + workspace.message("records.error.date",
                    workspace.message("records.dose." + field)));
            return null;
        }
    }
}
