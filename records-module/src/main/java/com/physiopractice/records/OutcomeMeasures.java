package com.physiopractice.records;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Outcome measures asked over an episode: at the first consultation, every few weeks or sessions,
 * and at discharge (or when the therapist asks). The patient answers each once, in the portal; the
 * score is kept with the instrument's version.
 */
public interface OutcomeMeasures {

    /** Why a measure was asked. */
    enum Occasion { FIRST_CONSULTATION, REVIEW, DISCHARGE, REQUESTED }

    enum MeasureStatus { REQUESTED, ANSWERED }

    /**
     * @param score the instrument's score (NPRS 0–10, PSFS mean 0–10, ODI percent, STarT Back total, LEFS 0–80)
     * @param interpretation its band or risk group, or the activities of a PSFS
     * @param answers as given, by question field
     */
    record MeasureView(MeasureId id, EpisodeId episode, PatientId patient, Instrument instrument, String instrumentVersion,
            Occasion occasion, MeasureStatus status, Instant requestedAt, @Nullable Instant answeredAt,
            @Nullable Double score, @Nullable String interpretation, Map<String, String> answers) {
    }

    /** The questions of an instrument as a form asks them; a PSFS repeats the activities the patient named first. */
    record MeasureForm(Instrument instrument, String title, String instructions, List<Question> questions,
            @Nullable String copyright) {
    }

    /**
     * @param type SCALE (min–max), CHOICE (one of options), TEXT
     * @param required whether the score needs it
     */
    record Question(String field, String type, String text, boolean required, @Nullable Integer min,
            @Nullable Integer max, List<Option> options) {
    }

    record Option(String code, String label) {
    }

    /** One instrument's scores over time, and whether the change from the first reaches its MCID. */
    record Trend(Instrument instrument, List<Point> points, @Nullable Double improvement, boolean reachesMcid) {

        /** The change from the first score to the latest, judged against the instrument's MCID. */
        public static Trend of(Instrument instrument, List<Point> points) {
            if (points.size() < 2) {
                return new Trend(instrument, points, null, false);
            }
            double improvement = Math.round(instrument.improvement(points.get(0).score(),
                    points.get(points.size() - 1).score()) * 10) / 10.0;
            return new Trend(instrument, points, improvement, improvement > 0 && instrument.reachesMcid(improvement));
        }

        /** Each instrument's answered scores of an episode's measures, oldest first. */
        public static List<Trend> of(List<MeasureView> measures) {
            Map<Instrument, List<Point>> points = new EnumMap<>(Instrument.class);
            measures.stream().filter(measure -> measure.score() != null && measure.answeredAt() != null)
                    .sorted(Comparator.comparing(MeasureView::answeredAt))
                    .forEach(measure -> points.computeIfAbsent(measure.instrument(), any -> new ArrayList<>())
                            .add(new Point(measure.answeredAt(), measure.score(), measure.occasion())));
            return points.entrySet().stream().map(entry -> of(entry.getKey(), entry.getValue())).toList();
        }
    }

    record Point(Instant answeredAt, double score, Occasion occasion) {
    }

    /** The episode's measures, newest first (its patient or its treating therapists). */
    /**
     * The instrument's form as it is first asked (the PSFS then asks her to name her activities):
     * the published definition of the questionnaire, the same for everyone.
     */
    MeasureForm blankForm(Instrument instrument);

    List<MeasureView> ofEpisode(Caller caller, EpisodeId episode);

    /** Asks the patient one measure now (a therapist's own request). */
    MeasureView request(Caller therapist, EpisodeId episode, Instrument instrument);

    MeasureView read(Caller caller, MeasureId measure);

    /** The form for one of her requested measures. */
    MeasureForm form(Caller caller, MeasureId measure);

    /** Her answers: every bad field named (400), nothing stored; a measure is answered once (409). */
    MeasureView answer(Caller patient, MeasureId measure, Map<String, String> answers);

    /** The measures waiting for her answers, oldest first. */
    List<MeasureView> waitingFor(Caller patient);
}
