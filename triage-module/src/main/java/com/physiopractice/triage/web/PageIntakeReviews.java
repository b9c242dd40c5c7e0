package com.physiopractice.triage.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.triage.IntakeReviews;
import com.physiopractice.triage.intake.Intake;
import com.physiopractice.triage.intake.IntakeService;
import com.physiopractice.triage.rules.Assessment;
import com.physiopractice.triage.rules.Ruleset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Intakes laid out for the therapist's review page: each answer beside its question, in the
 * questionnaire the patient answered (its own version, whatever is active now), the answers that
 * fired a safety rule marked.
 */
@Service
class PageIntakeReviews implements IntakeReviews {

    /** More than a day's intakes for a one-therapist practice, and still one page to read. */
    private static final int MOST_FOR_ONE_PATIENT = 50;

    private final IntakeService intakes;

    PageIntakeReviews(IntakeService intakes) {
        this.intakes = intakes;
    }

    @Override
    public List<QueuedIntake> queue(Caller therapist, boolean awaitingOnly, int page, int size) {
        therapist.requireTherapist();
        return intakes.reviewQueue(awaitingOnly ? Intake.Status.AWAITING_REVIEW : null, PageRequest.of(page, size))
                .stream().map(PageIntakeReviews::queued).toList();
    }

    @Override
    public List<QueuedIntake> ofPatient(Caller therapist, PatientId patient) {
        therapist.requireTherapist();
        return intakes.ownIntakes(patient, PageRequest.of(0, MOST_FOR_ONE_PATIENT)).stream()
                .map(PageIntakeReviews::queued).toList();
    }

    @Override
    public List<IntakeRecord> answeredBy(Caller caller, PatientId patient) {
        if (caller.isPatient() ? !caller.requirePatient().equals(patient) : !caller.isTherapist()) {
            return List.of();
        }
        // ownIntakes audits each one read; its reviews come with it.
        return intakes.ownIntakes(patient, PageRequest.of(0, MOST_FOR_ONE_PATIENT)).stream()
                .map(PageIntakeReviews::record).toList();
    }

    @Override
    public Optional<IntakeRecord> intake(Caller therapist, IntakeId id) {
        therapist.requireTherapist();
        try {
            return Optional.of(record(intakes.read(therapist, id)));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    @Override
    public Reviewed review(Caller therapist, IntakeId id, @Nullable Disposition override, @Nullable String note,
            int reviewsSeen) {
        IntakeService.ReviewAttempt attempt = intakes.reviewOnce(therapist.requireTherapist(), id, override, note,
                reviewsSeen);
        return new Reviewed(attempt.intake().patient(), attempt.added());
    }

    private static QueuedIntake queued(Intake intake) {
        return new QueuedIntake(intake.id(), intake.patient(), intake.submittedAt(),
                intake.assessment().disposition(), intake.currentDisposition(),
                intake.status() == Intake.Status.REVIEWED, intake.assessment().redFlags().size());
    }

    private static IntakeRecord record(Intake intake) {
        Assessment assessment = intake.assessment();
        IntakeQuestionnaire questionnaire = QuestionnaireDefinition.of(Ruleset.ofVersion(intake.rulesetVersion()));
        // "safety:SADDLE_NUMBNESS" names the field safety.SADDLE_NUMBNESS; "symptoms:X" the option X of symptoms.
        Set<String> flaggedAnswers = assessment.redFlags().stream().flatMap(flag -> flag.triggeredBy().stream())
                .collect(Collectors.toSet());
        Map<String, List<String>> answers = intake.answers().byField();
        List<AnsweredSection> sections = new ArrayList<>();
        for (IntakeQuestionnaire.Section section : questionnaire.sections()) {
            sections.add(new AnsweredSection(section.code(), section.title(), section.questions().stream()
                    .map(question -> answered(question, answers.getOrDefault(question.field(), List.of()),
                            flaggedAnswers))
                    .toList()));
        }
        sections.sort(Comparator.comparing(section -> section.questions().stream().noneMatch(AnsweredQuestion::redFlag)));
        List<Flag> flags = assessment.redFlags().stream().map(flag -> new Flag(flag.rule(), flag.category().plainWords(),
                flag.disposition(), flag.triggeredBy().stream().map(trigger -> triggerText(questionnaire, trigger))
                        .toList())).toList();
        List<Score> scores = new ArrayList<>();
        if (assessment.startBack() != null) {
            scores.add(new Score("START_BACK", assessment.startBack().total() + " of 9 (psychosocial "
                    + assessment.startBack().psychosocial() + " of 5)", assessment.startBack().risk().name()));
        }
        if (assessment.odi() != null) {
            scores.add(new Score("ODI", assessment.odi().percent() + "% (" + assessment.odi().sectionsAnswered()
                    + " of 10 sections)", assessment.odi().band().name()));
        }
        return new IntakeRecord(intake.id(), intake.patient(), intake.submittedAt(), assessment.questionnaireVersion(),
                assessment.rulesetVersion(), assessment.disposition(), intake.currentDisposition(),
                intake.status() == Intake.Status.REVIEWED, flags, sections, scores, assessment.explanation(),
                intake.reviews().stream().map(review -> new ReviewEntry(review.reviewedAt(), review.therapist(),
                        review.dispositionBefore(), review.dispositionAfter(), review.isOverride(), review.note()))
                        .toList());
    }

    private static AnsweredQuestion answered(IntakeQuestionnaire.Question question, List<String> given,
            Set<String> flaggedAnswers) {
        boolean flagged = given.stream().anyMatch(code -> flaggedAnswers.contains(triggerOf(question.field(), code)));
        return new AnsweredQuestion(question.field(), question.text(),
                given.stream().map(code -> label(question, code)).toList(), flagged);
    }

    /** How the ruleset names an answer that fired it: {@code safety:SADDLE_NUMBNESS}, {@code symptoms:FEVER}. */
    private static String triggerOf(String field, String code) {
        return field.startsWith("safety.") ? (code.equals("true") ? "safety:" + field.substring("safety.".length()) : "")
                : field + ":" + code;
    }

    private static String label(IntakeQuestionnaire.Question question, String code) {
        if (question.type().equals("YES_NO")) {
            return code.equals("true") ? "Yes" : "No";
        }
        return question.options().stream().filter(option -> option.code().equals(code))
                .map(IntakeQuestionnaire.Option::label).findFirst().orElse(code);
    }

    /** The question (and the answer, for a choice) behind a trigger; other facts ({@code age:62}) as they are. */
    private static String triggerText(IntakeQuestionnaire questionnaire, String trigger) {
        int colon = trigger.indexOf(':');
        if (colon < 0) {
            return trigger;
        }
        String name = trigger.substring(0, colon);
        String code = trigger.substring(colon + 1);
        for (IntakeQuestionnaire.Section section : questionnaire.sections()) {
            for (IntakeQuestionnaire.Question question : section.questions()) {
                if (question.field().equals(name + "." + code)) {
                    return question.text();
                }
                if (question.field().equals(name)) {
                    return question.text() + " " + label(question, code);
                }
            }
        }
        return trigger;
    }
}
