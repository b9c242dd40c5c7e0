package com.physiopractice.records;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;
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
    }

    record Point(Instant answeredAt, double score, Occasion occasion) {
    }

    /** The episode's measures, newest first (its patient or its treating therapists). */
    List<MeasureView> ofEpisode(Caller caller, EpisodeId episode);

    /** Each instrument's answered scores, oldest first, for the therapist's charts. */
    List<Trend> trends(Caller caller, EpisodeId episode);

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
