package com.physiopractice.web.practice;

import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.records.CareEpisodes.EpisodeView;
import com.physiopractice.records.CareEpisodes.NoteView;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.EpisodeStatus;
import com.physiopractice.records.HomeExercises;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.NoteContent;
import com.physiopractice.records.NoteId;
import com.physiopractice.records.NoteKind;
import com.physiopractice.records.OutcomeMeasures;
import com.physiopractice.records.OutcomeMeasures.Trend;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.triage.ConditionCode;
import com.physiopractice.web.account.FormErrors;
import com.physiopractice.web.site.PageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinical record in her workspace: an episode with its notes, its measures as charts against
 * the MCID, its programme with adherence and the pain trend, and its discharge; each note as the
 * SOAP template, saved as a draft, signed, then amended only by dated addenda. Never cached; every
 * read goes through the records module, which audits it.
 */
@Controller
class RecordPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy",
            Locale.UK);

    private final CareEpisodes episodes;
    private final OutcomeMeasures measures;
    private final HomeExercises exercises;
    private final PracticeDiary diary;
    private final TherapistDirectory therapists;
    private final Workspace workspace;
    private final FormErrors formErrors;
    private final Clock clock;

    RecordPages(CareEpisodes episodes, OutcomeMeasures measures, HomeExercises exercises, PracticeDiary diary,
            TherapistDirectory therapists, Workspace workspace, FormErrors formErrors, Clock clock) {
        this.episodes = episodes;
        this.measures = measures;
        this.exercises = exercises;
        this.diary = diary;
        this.therapists = therapists;
        this.workspace = workspace;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /** A note as the episode lists it. */
    record NoteLine(String id, String kind, String treated, String status, String author, int addenda) {
    }

    /** A measure as the episode lists it. */
    record MeasureLine(String instrument, String occasion, String requested, String status, @Nullable String answered,
            @Nullable String score, @Nullable String interpretation) {
    }

    /** A chart with the words that say the same for those who cannot see it. */
    record ChartView(ScoreChart chart, Trend trend, String summary, List<String> answeredOn) {
    }

    /** A consultation a note can record: started already. */
    record ConsultationChoice(String id, String label) {
    }

    @GetMapping("/practice/episodes/{id}")
    String episode(@PathVariable EpisodeId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        EpisodeView episode = readable(() -> episodes.read(therapist, id));
        ZoneId zone = workspace.zoneOf(therapist);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", workspace.patientName(episode.patient()));
        model.addAttribute("opened", workspace.dateTime(episode.openedAt(), zone));
        model.addAttribute("discharged", episode.dischargedAt() == null ? null : workspace.dateTime(episode.dischargedAt(), zone));
        model.addAttribute("open", episode.status() == EpisodeStatus.OPEN);
        model.addAttribute("notes", episode.notes().stream().map(note -> new NoteLine(note.id().toString(),
                note.kind().name(), workspace.dateTime(note.treatedAt(), zone), note.status().name(),
                therapistName(note.author()), note.addenda().size())).toList());
        model.addAttribute("consultations", diary.withPatient(therapist, episode.patient()).stream()
                .filter(appointment -> !appointment.start().isAfter(clock.instant()))
                .map(appointment -> new ConsultationChoice(appointment.id().toString(),
                        workspace.dateTime(appointment.start(), zone) + " · " + appointment.typeName())).toList());
        model.addAttribute("kinds", NoteKind.values());
        List<OutcomeMeasures.MeasureView> asked = measures.ofEpisode(therapist, id);
        model.addAttribute("measureLines", asked.stream().map(measure -> new MeasureLine(
                measure.instrument().title(), measure.occasion().name(), workspace.dateTime(measure.requestedAt(), zone),
                measure.status().name(), measure.answeredAt() == null ? null : workspace.dateTime(measure.answeredAt(), zone),
                measure.score() == null ? null : ScoreChart.format(measure.score()), measure.interpretation())).toList());
        model.addAttribute("charts", Trend.of(asked).stream().map(trend -> chart(trend, zone)).toList());
        model.addAttribute("instruments", episode.measures());
        Optional<HomeExercises.ProgrammeView> programme = exercises.ofEpisode(therapist, id);
        model.addAttribute("programme", programme.orElse(null));
        model.addAttribute("adherence", programme.map(found -> exercises.adherence(therapist, found.id())).orElse(List.of()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "practice/episode";
    }

    private ChartView chart(Trend trend, ZoneId zone) {
        String change;
        if (trend.improvement() == null) {
            change = workspace.message("records.chart.one");
        } else if (trend.instrument().mcid() == null) {
            change = workspace.message("records.chart.noMcid", ScoreChart.format(trend.points().get(0).score()),
                    ScoreChart.format(trend.points().get(trend.points().size() - 1).score()));
        } else {
            change = workspace.message(trend.reachesMcid() ? "records.chart.reaches" : "records.chart.notYet",
                    ScoreChart.format(trend.points().get(0).score()),
                    ScoreChart.format(trend.points().get(trend.points().size() - 1).score()),
                    ScoreChart.format(trend.improvement()), ScoreChart.format(trend.instrument().mcid()));
        }
        return new ChartView(ScoreChart.of(trend), trend, change,
                trend.points().stream().map(point -> workspace.dateTime(point.answeredAt(), zone)).toList());
    }

    @PostMapping("/practice/episodes/{id}/notes")
    String startNote(@PathVariable EpisodeId id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String consultation, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller therapist = Workspace.therapist(request);
        try {
            NoteKind noteKind = NoteKind.valueOf(kind);
            AppointmentId appointment = consultation.isBlank() ? null : AppointmentId.of(consultation);
            NoteView note = episodes.startNote(therapist, id, noteKind, appointment,
                    NoteContent.EMPTY);
            return "redirect:/practice/notes/" + note.id();
        } catch (IllegalArgumentException unknownKind) {
            return again(id, "note", workspace.message("records.error.kind"), request, response, model);
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        } catch (DomainRefusal | InvalidInputException refused) {
            return again(id, "note", refused.getMessage(), request, response, model);
        }
    }

    @PostMapping("/practice/episodes/{id}/measures")
    String askMeasure(@PathVariable EpisodeId id, @RequestParam(defaultValue = "") String instrument,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller therapist = Workspace.therapist(request);
        try {
            measures.request(therapist, id, Instrument.valueOf(instrument));
            return "redirect:/practice/episodes/" + id + "?asked=" + instrument;
        } catch (IllegalArgumentException unknown) {
            return again(id, "instrument", workspace.message("records.error.instrument"), request, response, model);
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        } catch (DomainRefusal refused) {
            return again(id, "instrument", refused.getMessage(), request, response, model);
        }
    }

    @PostMapping("/practice/episodes/{id}/discharge")
    String discharge(@PathVariable EpisodeId id, @RequestParam(defaultValue = "") String summary,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller therapist = Workspace.therapist(request);
        try {
            episodes.discharge(therapist, id, summary);
            return "redirect:/practice/episodes/" + id + "?discharged";
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        } catch (InvalidInputException refused) {
            model.addAttribute("summary", summary);
            return again(id, "summary", workspace.message("records.dischargeSummary") + ": "
                    + refused.problems().get(0).message(), request, response, model);
        } catch (DomainRefusal refused) {
            return again(id, "summary", refused.getMessage(), request, response, model);
        }
    }

    private String again(EpisodeId id, String field, @Nullable String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("errors", Map.of(field, message == null ? workspace.message("records.error.general") : message));
        return episode(id, request, response, model);
    }

    @GetMapping("/practice/notes/{id}")
    String note(@PathVariable NoteId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        NoteView note = readable(() -> episodes.note(therapist, id));
        ZoneId zone = workspace.zoneOf(therapist);
        model.addAttribute("note", note);
        model.addAttribute("patient", workspace.patientName(note.patient()));
        model.addAttribute("author", therapistName(note.author()));
        model.addAttribute("mine", note.author().equals(therapist.requireTherapist()));
        model.addAttribute("treated", workspace.dateTime(note.treatedAt(), zone));
        model.addAttribute("written", workspace.dateTime(note.writtenAt(), zone));
        model.addAttribute("signed", note.signedAt() == null ? null : workspace.dateTime(note.signedAt(), zone));
        // Due at the first instant of the next day: said as the day it ends, "by the end of 13 Jan 2027".
        model.addAttribute("dueBy", DAY.format(note.dueBy().minusNanos(1).atZone(zone)));
        model.addAttribute("pastDue", note.signedAt() == null && !clock.instant().isBefore(note.dueBy()));
        model.addAttribute("addenda", note.addenda().stream().map(addendum -> new AddendumLine(
                therapistName(addendum.author()), workspace.dateTime(addendum.writtenAt(), zone), addendum.text())).toList());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", NoteForm.values(note.content()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("conditions", ConditionCode.values());
        model.addAttribute("goalRows", IntStream.range(0, NoteForm.GOAL_ROWS).boxed().toList());
        model.addAttribute("textFields", NoteForm.TEXT_FIELDS);
        return "practice/note";
    }

    record AddendumLine(String author, String at, String text) {
    }

    /**
     * Saves the draft as the form has it; "sign" saves it and then signs it, so what she sees is what
     * she signs. A note that cannot be signed yet comes back with everything it still needs named;
     * what she wrote is kept as the draft.
     */
    @PostMapping("/practice/notes/{id}")
    String saveNote(@PathVariable NoteId id, @RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller therapist = Workspace.therapist(request);
        NoteForm.Read read = NoteForm.read(form);
        List<FieldProblem> problems = new ArrayList<>(read.unreadable());
        long version = parseVersion(form.get("version"));
        boolean sign = "sign".equals(form.get("action"));
        try {
            if (problems.isEmpty()) {
                episodes.revise(therapist, id, read.content(), version);
                if (sign) {
                    episodes.sign(therapist, id);
                    return "redirect:/practice/notes/" + id + "?signed";
                }
                return "redirect:/practice/notes/" + id + "?saved";
            }
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        } catch (InvalidInputException refused) {
            problems.addAll(refused.problems());
        } catch (DomainRefusal refused) {
            problems.add(new FieldProblem("note", refused.getMessage()));
        }
        response.setStatus(422);
        model.addAttribute("errors", formErrors.of(problems, NoteForm.ORDER));
        model.addAttribute("values", form);
        return note(id, request, response, model);
    }

    @PostMapping("/practice/notes/{id}/addenda")
    String addendum(@PathVariable NoteId id, @RequestParam(defaultValue = "") String text, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller therapist = Workspace.therapist(request);
        try {
            episodes.addAddendum(therapist, id, text);
            return "redirect:/practice/notes/" + id + "?amended";
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            model.addAttribute("errors", formErrors.of(refused.problems(), List.of("text")));
            model.addAttribute("addendumText", text);
            return note(id, request, response, model);
        }
    }

    private static long parseVersion(@Nullable String version) {
        try {
            return version == null ? 0 : Long.parseLong(version);
        } catch (NumberFormatException tampered) {
            return -1;
        }
    }

    private String therapistName(TherapistId therapist) {
        return therapists.find(therapist).map(TherapistProfile::displayName).orElse("—");
    }

    private static <T> T readable(Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFoundException notTheirs) {
            throw new PageNotFoundException();
        }
    }
}
