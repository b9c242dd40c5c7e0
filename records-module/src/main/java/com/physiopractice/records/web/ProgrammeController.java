package com.physiopractice.records.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.HomeExercises;
import com.physiopractice.records.HomeExercises.AdherenceWeek;
import com.physiopractice.records.HomeExercises.Card;
import com.physiopractice.records.HomeExercises.Prescribing;
import com.physiopractice.records.HomeExercises.ProgrammeView;
import com.physiopractice.records.HomeExercises.Session;
import com.physiopractice.records.HomeExercises.TodaysExercise;
import com.physiopractice.records.PrescriptionId;
import com.physiopractice.records.ProgrammeId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "Home exercises", description = "Programmes from the published exercise cards, the patient's log, adherence")
class ProgrammeController {

    private final HomeExercises exercises;

    ProgrammeController(HomeExercises exercises) {
        this.exercises = exercises;
    }

    @Operation(summary = "An episode's programme", description = "404 when none is set yet.")
    @GetMapping("/episodes/{id}/programme")
    ProgrammeView programme(Caller caller, @PathVariable EpisodeId id) {
        return exercises.ofEpisode(caller, id).orElseThrow(() -> new NotFoundException("The exercise programme"));
    }

    record ProgrammeRequest(List<Prescribing> exercises) {
    }

    @Operation(summary = "Set an episode's programme (therapists)", description = "The whole list: a card kept keeps "
            + "its log with the new dose, a card left out is stopped today. A card the patient's triage profile advises "
            + "against needs `confirmNotAdvised`; every bad field is named (400) and nothing changes.")
    @PutMapping("/episodes/{id}/programme")
    ProgrammeView set(Caller caller, @PathVariable EpisodeId id, @RequestBody ProgrammeRequest programme) {
        return exercises.set(caller, id, programme.exercises());
    }

    @Operation(summary = "The published exercise cards, each with why it is not advised for the patient (therapists)",
            description = "`notAdvised` is set when the triage profile of the episode's intake advises against the card.")
    @GetMapping("/episodes/{id}/exercise-cards")
    List<Card> cards(Caller caller, @PathVariable EpisodeId id) {
        return exercises.cards(caller, id);
    }

    /** @param doneOn the day, in her zone; today when absent */
    record NewSession(PrescriptionId exercise, @Nullable LocalDate doneOn, @Nullable Integer pain,
            @Nullable Integer difficulty) {
    }

    @Operation(summary = "Log an exercise done (its patient)", description = "With her pain and how hard it was, 0–10.")
    @PostMapping("/programmes/{id}/sessions")
    ResponseEntity<Session> log(Caller caller, @PathVariable ProgrammeId id, @RequestBody NewSession session) {
        if (session.exercise() == null || session.pain() == null || session.difficulty() == null) {
            throw InvalidInputException.of(session.exercise() == null ? "exercise"
                    : session.pain() == null ? "pain" : "difficulty", "required");
        }
        Session logged = exercises.log(caller, id, session.exercise(), session.doneOn(), session.pain(), session.difficulty());
        return ResponseEntity.created(URI.create("/api/v1/records/programmes/" + id + "/adherence")).body(logged);
    }

    @Operation(summary = "Adherence per week", description = "Monday to Sunday in the patient's zone: done / prescribed "
            + "and the mean pain and difficulty she logged.")
    @GetMapping("/programmes/{id}/adherence")
    List<AdherenceWeek> adherence(Caller caller, @PathVariable ProgrammeId id) {
        return exercises.adherence(caller, id);
    }

    record Reminder(@Nullable LocalTime time) {
    }

    @Operation(summary = "Her daily reminder time, in her zone (its patient)", description = "`time` null for none.")
    @PutMapping("/programmes/{id}/reminder")
    ProgrammeView remind(Caller caller, @PathVariable ProgrammeId id, @RequestBody Reminder reminder) {
        return exercises.remindAt(caller, id, reminder.time());
    }

    @Operation(summary = "Her exercises today (patients)", description = "From every programme of an open episode, "
            + "with how many times each is logged today in her zone.")
    @GetMapping("/me/exercises")
    List<TodaysExercise> today(Caller caller) {
        return exercises.today(caller);
    }
}
