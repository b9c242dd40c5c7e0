package com.physiopractice.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.Bother;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.Onset;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Side;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Safety first, for any answers whatsoever: an emergency sign always gives EMERGENCY, and an urgent
 * sign never gives less than URGENT_MEDICAL.
 */
class SafetyPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Property(tries = 2000)
    void anyAnswersWithAnEmergencySignAreAnEmergency(@ForAll("answers") Answers answers,
            @ForAll @IntRange(min = 18, max = 105) int age) {
        Assessment result = Ruleset.LBHP_1.assess(answers, TODAY.minusYears(age), TODAY);

        assertThat(result.disposition() == Disposition.EMERGENCY).as(answers.toString())
                .isEqualTo(hasEmergencySign(answers));
    }

    @Property(tries = 2000)
    void anyAnswersWithAnUrgentSignAreNeverLessThanUrgent(@ForAll("answers") Answers answers,
            @ForAll @IntRange(min = 18, max = 105) int age) {
        Assessment result = Ruleset.LBHP_1.assess(answers, TODAY.minusYears(age), TODAY);

        if (hasUrgentSign(answers, age)) {
            assertThat(result.disposition().urgencyRank()).as(answers.toString())
                    .isLessThanOrEqualTo(Disposition.URGENT_MEDICAL.urgencyRank());
        }
    }

    @Property(tries = 500)
    void everyRedFlagNamesTheAnswersBehindIt(@ForAll("answers") Answers answers,
            @ForAll @IntRange(min = 18, max = 105) int age) {
        Assessment result = Ruleset.LBHP_1.assess(answers, TODAY.minusYears(age), TODAY);

        assertThat(result.redFlags()).allSatisfy(flag -> assertThat(flag.triggeredBy()).isNotEmpty());
        assertThat(result.dispositionRules()).isNotEmpty()
                .allSatisfy(rule -> assertThat(result.explanation().get(0)).contains(rule));
    }

    static boolean hasEmergencySign(Answers a) {
        return a.says(SafetyQuestion.BLADDER_OR_BOWEL_CHANGE) || a.says(SafetyQuestion.SADDLE_NUMBNESS)
                || a.says(SafetyQuestion.NEW_SEXUAL_DYSFUNCTION) || a.says(SafetyQuestion.DIFFICULTY_MOVING_LEGS)
                || a.says(SafetyQuestion.LOSS_OF_FEELING_IN_LEGS) || a.says(SafetyQuestion.VISIBLE_DEFORMITY)
                || a.says(SafetyQuestion.UNABLE_TO_BEAR_WEIGHT) && (a.says(SafetyQuestion.RECENT_MAJOR_TRAUMA)
                        || a.triggers().contains(Trigger.FALL_OR_TRAUMA));
    }

    static boolean hasUrgentSign(Answers a, int age) {
        boolean fall = a.triggers().contains(Trigger.FALL_OR_TRAUMA);
        return a.says(SafetyQuestion.HISTORY_OF_CANCER) || a.says(SafetyQuestion.FEVER_OR_CHILLS)
                || a.says(SafetyQuestion.RECENT_MAJOR_TRAUMA) || a.says(SafetyQuestion.SYMPTOMS_IN_BOTH_LEGS)
                || a.says(SafetyQuestion.UNABLE_TO_BEAR_WEIGHT)
                || age >= 50 && (a.says(SafetyQuestion.UNEXPLAINED_WEIGHT_LOSS) || a.says(SafetyQuestion.CONSTANT_NIGHT_PAIN))
                || fall && (a.says(SafetyQuestion.OSTEOPOROSIS_OR_LONG_TERM_STEROIDS) || age >= 70);
    }

    @Provide
    Arbitrary<Answers> answers() {
        Arbitrary<Map<SafetyQuestion, Boolean>> allAnswered = Arbitraries.integers().between(0, 9)
                .list().ofSize(SafetyQuestion.values().length).map(rolls -> {
                    Map<SafetyQuestion, Boolean> map = new EnumMap<>(SafetyQuestion.class);
                    for (SafetyQuestion question : SafetyQuestion.values()) {
                        map.put(question, rolls.get(question.ordinal()) == 0);
                    }
                    return map;
                });
        Arbitrary<StartBack> startBack = Combinators.combine(Arbitraries.of(true, false).list().ofSize(8),
                Arbitraries.of(Bother.class)).as(StartBack::new).injectNull(0.5);
        Arbitrary<Oswestry> oswestry = Arbitraries.integers().between(0, 5).injectNull(0.1).list().ofSize(10)
                .map(Oswestry::new).injectNull(0.5);
        return Combinators.combine(
                        Combinators.combine(set(PainLocation.class).filter(s -> !s.isEmpty()), Arbitraries.of(Side.class),
                                Arbitraries.of(Onset.class), Arbitraries.integers().between(0, 3650),
                                set(Trigger.class), Arbitraries.integers().between(0, 10)).as(Part::new),
                        set(Aggravator.class), set(Reliever.class), set(Symptom.class), allAnswered, set(HistoryItem.class),
                        startBack, oswestry)
                .as((p, worse, better, symptoms, answered, history, sb, odi) -> new Answers(p.locations, p.side, p.onset,
                        p.days, p.triggers, p.intensity, worse, better, symptoms, answered, history, sb, odi));
    }

    private record Part(Set<PainLocation> locations, Side side, Onset onset, int days, Set<Trigger> triggers,
            int intensity) {
    }

    private static <E extends Enum<E>> Arbitrary<Set<E>> set(Class<E> type) {
        return Arbitraries.of(type).set();
    }
}
