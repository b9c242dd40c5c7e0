package com.physiopractice.triage;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import com.physiopractice.triage.rules.AnswerCode.Bother;
import com.physiopractice.triage.rules.Oswestry;
import com.physiopractice.triage.rules.StartBack;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scorers of the two instruments the intake already asks, for other modules that ask them
 * again over time (the clinical record's outcome measures): one scoring for both, so an ODI in an
 * intake and an ODI at discharge can be compared.
 */
public final class OutcomeScores {

    /** ODI version, as the intake questionnaire asks it. */
    public static final String ODI_VERSION = "2.1a";
    public static final int ODI_SECTIONS = Oswestry.SECTIONS;
    public static final int ODI_MIN_ANSWERED = Oswestry.MIN_ANSWERED;
    public static final int STARTBACK_ITEMS_AGREE_DISAGREE = StartBack.ITEMS_AGREE_DISAGREE;

    private OutcomeScores() {
    }

    /** @param band MINIMAL, MODERATE, SEVERE, CRIPPLING or BED_BOUND */
    public record Disability(int percent, String band, int sectionsAnswered) {
    }

    /** @param risk LOW, MEDIUM or HIGH */
    public record StartBackRisk(int total, int psychosocial, String risk) {
    }

    /**
     * @param sections ten entries 0–5, {@code null} where unanswered
     * @return empty with fewer than {@value Oswestry#MIN_ANSWERED} sections answered
     */
    public static Optional<Disability> oswestry(List<@Nullable Integer> sections) {
        try {
            return new Oswestry(sections).score()
                    .map(score -> new Disability(score.percent(), score.band().name(), score.sectionsAnswered()));
        } catch (IllegalArgumentException outOfRange) {
            throw new InvalidValueException(outOfRange.getMessage());
        }
    }

    /** @param bother the ninth item: NOT_AT_ALL, SLIGHTLY, MODERATELY, VERY_MUCH or EXTREMELY */
    public static StartBackRisk startBack(List<Boolean> agrees, String bother) {
        try {
            StartBack.Score score = new StartBack(agrees, Bother.valueOf(bother)).score();
            return new StartBackRisk(score.total(), score.psychosocial(), score.risk().name());
        } catch (IllegalArgumentException outOfRange) {
            throw new InvalidValueException("STarT Back needs 8 agree/disagree answers and how bothersome the pain is");
        }
    }

    /** The answers the ninth STarT Back item accepts, mildest first. */
    public static List<String> startBackBotherAnswers() {
        return java.util.Arrays.stream(Bother.values()).map(Enum::name).toList();
    }
}
