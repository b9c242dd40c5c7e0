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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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
 * sign never gives less than URGENT_MEDICAL, under both rulesets; under lbhp-2 even when another
 * answer of the form is invalid. The expected signs are written out here from the specification,
 * apart from the rules' own code.
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

    @Property(tries = 2000)
    void lbhp2AnswersWithAnEmergencySignAreAnEmergency(@ForAll("answers") Answers answers,
            @ForAll @IntRange(min = 18, max = 105) int age) {
        Assessment result = Ruleset.LBHP_2.assess(answers, TODAY.minusYears(age), TODAY);

        assertThat(result.disposition() == Disposition.EMERGENCY).as(answers.toString())
                .isEqualTo(hasEmergencySign(answers) || hasFragilityHipFracture(answers));
    }

    @Property(tries = 2000)
    void lbhp2AnswersWithAnUrgentSignAreNeverLessThanUrgent(@ForAll("answers") Answers answers,
            @ForAll @IntRange(min = 18, max = 105) int age) {
        Assessment result = Ruleset.LBHP_2.assess(answers, TODAY.minusYears(age), TODAY);

        if (hasUrgentSign(answers, age) || hasLbhp2UrgentSign(answers)) {
            assertThat(result.disposition().urgencyRank()).as(answers.toString())
                    .isLessThanOrEqualTo(Disposition.URGENT_MEDICAL.urgencyRank());
        }
        boolean anyUrgentRule = result.redFlags().stream().anyMatch(flag -> flag.rule().startsWith("U-"));
        if (anyUrgentRule) {
            assertThat(result.disposition().urgencyRank()).isLessThanOrEqualTo(Disposition.URGENT_MEDICAL.urgencyRank());
        }
    }

    /** The safety answers alone that make an emergency: no other answer can hide them. */
    private static final List<List<SafetyQuestion>> EMERGENCY_SIGNS = List.of(
            List.of(SafetyQuestion.BLADDER_OR_BOWEL_CHANGE), List.of(SafetyQuestion.SADDLE_NUMBNESS),
            List.of(SafetyQuestion.NEW_SEXUAL_DYSFUNCTION), List.of(SafetyQuestion.DIFFICULTY_MOVING_LEGS),
            List.of(SafetyQuestion.LOSS_OF_FEELING_IN_LEGS), List.of(SafetyQuestion.VISIBLE_DEFORMITY),
            List.of(SafetyQuestion.UNABLE_TO_BEAR_WEIGHT, SafetyQuestion.RECENT_MAJOR_TRAUMA));

    @Property(tries = 1000)
    void anEmergencySignGivesEmergencyGuidanceEvenWhenAnotherFieldIsInvalid(@ForAll("answers") Answers answers,
            @ForAll @IntRange(min = 0, max = 6) int sign, @ForAll("corruptions") Corruption corruption,
            @ForAll @IntRange(min = 18, max = 105) int age) {
        List<SafetyQuestion> emergency = EMERGENCY_SIGNS.get(sign);
        Map<SafetyQuestion, Boolean> safety = new EnumMap<>(answers.safety());
        emergency.forEach(question -> safety.put(question, true));
        Map<String, Object> form = Forms.of(answers.withSafety(safety));
        corruption.apply(form, emergency);

        FormReader.Reading reading = FormReader.read("lbhp-2", Forms.JSON.valueToTree(form));

        assertThat(reading.isValid()).as(corruption + " must make the form invalid").isFalse();
        assertThat(Ruleset.LBHP_2.screen(reading.known(), TODAY.minusYears(age), TODAY))
                .as(corruption + " " + form).hasValueSatisfying(
                        finding -> assertThat(finding.disposition()).isEqualTo(Disposition.EMERGENCY));
    }

    @Property(tries = 2000)
    void answersNoNewRuleTouchesGetTheSameDispositionUnderBothRulesets(@ForAll("answers") Answers generated,
            @ForAll @IntRange(min = 18, max = 105) int age) {
        Answers answers = untouchedByLbhp2(generated, age);
        LocalDate born = TODAY.minusYears(age);

        assertThat(Ruleset.LBHP_2.assess(answers, born, TODAY).disposition()).as(answers.toString())
                .isEqualTo(Ruleset.LBHP_1.assess(answers, born, TODAY).disposition());
    }

    /**
     * The answers with every input a changed or new lbhp-2 rule reads taken out: the infection and
     * fragility risk factors, pain on both sides with leg symptoms, a sudden onset from 70, weight
     * loss or night pain with each other or with malaise or loss of appetite, and Paget's signs
     * away from the hip.
     */
    static Answers untouchedByLbhp2(Answers a, int age) {
        Map<SafetyQuestion, Boolean> safety = new EnumMap<>(a.safety());
        safety.put(SafetyQuestion.IMMUNOSUPPRESSION_OR_IV_DRUG_USE, false);
        safety.put(SafetyQuestion.RECENT_INFECTION_OR_SPINAL_PROCEDURE, false);
        safety.put(SafetyQuestion.OSTEOPOROSIS_OR_LONG_TERM_STEROIDS, false);
        if (safety.get(SafetyQuestion.UNEXPLAINED_WEIGHT_LOSS)) {
            safety.put(SafetyQuestion.CONSTANT_NIGHT_PAIN, false);
        }
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        symptoms.addAll(a.symptoms());
        if (safety.get(SafetyQuestion.UNEXPLAINED_WEIGHT_LOSS) || safety.get(SafetyQuestion.CONSTANT_NIGHT_PAIN)) {
            symptoms.removeAll(Set.of(Symptom.MALAISE, Symptom.LOSS_OF_APPETITE));
        }
        Set<PainLocation> locations = EnumSet.copyOf(a.painLocations());
        long pagetSigns = symptoms.stream().filter(Set.of(Symptom.HEARING_LOSS, Symptom.BOWED_LEGS, Symptom.HEADACHES)::contains)
                .count();
        if (pagetSigns >= 2) {
            locations.add(PainLocation.HIP);
        }
        boolean legSymptoms = symptoms.stream().anyMatch(Set.of(Symptom.SHOOTING_PAIN_DOWN_LEG,
                Symptom.LEG_NUMBNESS_OR_TINGLING, Symptom.LEG_OR_FOOT_WEAKNESS)::contains);
        Side side = a.side() == Side.BOTH && legSymptoms ? Side.LEFT : a.side();
        Onset onset = age >= 70 ? Onset.GRADUAL : a.onset();
        return new Answers(locations, side, onset, a.durationDays(), a.triggers(), a.painIntensity(), a.worseWith(),
                a.betterWith(), symptoms, safety, a.history(), a.startBack(), a.oswestry());
    }

    static boolean hasFragilityHipFracture(Answers a) {
        return a.says(SafetyQuestion.UNABLE_TO_BEAR_WEIGHT) && a.says(SafetyQuestion.OSTEOPOROSIS_OR_LONG_TERM_STEROIDS)
                && a.onset() == Onset.SUDDEN && a.durationDays() <= 42;
    }

    /** The urgent signs lbhp-2 adds to those of lbhp-1, as the specification words them. */
    static boolean hasLbhp2UrgentSign(Answers a) {
        boolean legNerve = a.symptoms().contains(Symptom.SHOOTING_PAIN_DOWN_LEG)
                || a.symptoms().contains(Symptom.LEG_NUMBNESS_OR_TINGLING) || a.symptoms().contains(Symptom.LEG_OR_FOOT_WEAKNESS);
        boolean riskFactor = a.says(SafetyQuestion.IMMUNOSUPPRESSION_OR_IV_DRUG_USE)
                || a.says(SafetyQuestion.RECENT_INFECTION_OR_SPINAL_PROCEDURE);
        boolean weightLoss = a.says(SafetyQuestion.UNEXPLAINED_WEIGHT_LOSS);
        boolean nightPain = a.says(SafetyQuestion.CONSTANT_NIGHT_PAIN);
        boolean unwell = a.symptoms().contains(Symptom.MALAISE) || a.symptoms().contains(Symptom.LOSS_OF_APPETITE);
        return a.side() == Side.BOTH && legNerve
                || riskFactor && (nightPain || weightLoss || unwell)
                || a.onset() == Onset.SUDDEN && a.durationDays() <= 42
                        && a.says(SafetyQuestion.OSTEOPOROSIS_OR_LONG_TERM_STEROIDS)
                || weightLoss && nightPain
                || (weightLoss || nightPain) && unwell;
    }

    /** One way to make a form invalid without touching the answers of a given emergency sign. */
    record Corruption(String name, int index) {

        static final List<String> KINDS = List.of("intensity out of range", "intensity as text", "duration as decimal",
                "unknown location", "unknown side", "missing onset", "NONE with another trigger", "unknown symptom",
                "short STarT Back", "long ODI", "unknown field", "other safety answer missing", "other safety answer as text",
                "unknown safety question", "no pain location");

        void apply(Map<String, Object> form, List<SafetyQuestion> keep) {
            @SuppressWarnings("unchecked")
            Map<String, Object> safety = (Map<String, Object>) form.get("safety");
            SafetyQuestion other = Arrays.stream(SafetyQuestion.values()).filter(question -> !keep.contains(question))
                    .toList().get(index % (SafetyQuestion.values().length - keep.size()));
            switch (name) {
                case "intensity out of range" -> form.put("painIntensity", 11);
                case "intensity as text" -> form.put("painIntensity", "7");
                case "duration as decimal" -> form.put("durationDays", 41.5);
                case "unknown location" -> form.put("painLocations", List.of("LOWER_BACK", "KNEE"));
                case "unknown side" -> form.put("side", "UP");
                case "missing onset" -> form.remove("onset");
                case "NONE with another trigger" -> form.put("triggers", List.of("NONE", "LIFTING"));
                case "unknown symptom" -> form.put("symptoms", List.of("ACHES"));
                case "short STarT Back" -> form.put("startBack", Map.of("agrees", List.of(true), "bothersomeness", "SLIGHTLY"));
                case "long ODI" -> form.put("odi", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
                case "unknown field" -> form.put("favouriteColour", "blue");
                case "other safety answer missing" -> safety.remove(other.name());
                case "other safety answer as text" -> safety.put(other.name(), "no");
                case "unknown safety question" -> safety.put("FEELING_FINE", true);
                case "no pain location" -> form.put("painLocations", List.of());
                default -> throw new IllegalArgumentException(name);
            }
        }
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        return Combinators.combine(Arbitraries.of(Corruption.KINDS), Arbitraries.integers().between(0, 100))
                .as(Corruption::new);
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
