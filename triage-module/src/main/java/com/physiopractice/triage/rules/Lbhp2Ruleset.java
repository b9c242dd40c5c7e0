package com.physiopractice.triage.rules;

import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.BLADDER_OR_BOWEL_CHANGE;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.CONSTANT_NIGHT_PAIN;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.DIFFICULTY_MOVING_LEGS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.FEVER_OR_CHILLS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.HISTORY_OF_CANCER;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.IMMUNOSUPPRESSION_OR_IV_DRUG_USE;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.LOSS_OF_FEELING_IN_LEGS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.NEW_SEXUAL_DYSFUNCTION;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.OSTEOPOROSIS_OR_LONG_TERM_STEROIDS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.RECENT_INFECTION_OR_SPINAL_PROCEDURE;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.RECENT_MAJOR_TRAUMA;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.SADDLE_NUMBNESS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.SYMPTOMS_IN_BOTH_LEGS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.UNABLE_TO_BEAR_WEIGHT;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.UNEXPLAINED_WEIGHT_LOSS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.VISIBLE_DEFORMITY;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.Onset;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.Side;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import com.physiopractice.triage.rules.Assessment.RedFlag;
import com.physiopractice.triage.rules.Assessment.RuleHit;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Ruleset {@code lbhp-2}, after a clinical review of {@code lbhp-1} against the IFOMPT red-flag
 * framework and the cauda equina pathway. Each rule is a list of alternatives (the parts the
 * specification joins with "or"); an alternative counts when every answer it reads is known and it
 * holds. The same rules therefore assess a valid form and screen an invalid one: an emergency sign
 * is never hidden by an unrelated bad answer.
 * <p>
 * Where {@code lbhp-1} said "without" another sign to keep two rules apart, this ruleset says "when
 * that rule did not fire": the same for a complete form, and the safe reading when the other sign
 * could not be read (U-WEIGHTBEARING still counts when the trauma answers are bad).
 */
final class Lbhp2Ruleset implements Ruleset {

    static final String VERSION = "lbhp-2";

    private static final Thresholds LIMITS = Thresholds.LBHP_2;

    /** One rule: it fires when any alternative holds; rules are evaluated in this order. */
    private record Rule(String code, RedFlagCategory category, Disposition disposition,
            List<Predicate<Evidence>> alternatives) {
    }

    private static final List<Rule> RULES = List.of(
            // EMERGENCY
            rule(RuleCode.E_CES, RedFlagCategory.CAUDA_EQUINA, Disposition.EMERGENCY,
                    e -> e.anyYes(BLADDER_OR_BOWEL_CHANGE, SADDLE_NUMBNESS, NEW_SEXUAL_DYSFUNCTION)),
            rule(RuleCode.E_NEURO, RedFlagCategory.NEUROLOGICAL_DEFICIT, Disposition.EMERGENCY,
                    e -> e.anyYes(DIFFICULTY_MOVING_LEGS, LOSS_OF_FEELING_IN_LEGS)),
            rule(RuleCode.E_DEFORMITY, RedFlagCategory.DEFORMITY, Disposition.EMERGENCY,
                    e -> e.yes(VISIBLE_DEFORMITY)),
            rule(RuleCode.E_FRACTURE, RedFlagCategory.FRACTURE, Disposition.EMERGENCY,
                    e -> e.yes(UNABLE_TO_BEAR_WEIGHT)
                            && e.anyOf(() -> e.yes(RECENT_MAJOR_TRAUMA), () -> e.after(Trigger.FALL_OR_TRAUMA)),
                    // A fragility hip fracture: brittle bones break without a fall.
                    e -> e.yes(UNABLE_TO_BEAR_WEIGHT) && e.yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS)
                            && e.onset(Onset.SUDDEN) && e.beganWithinDays(LIMITS.recentSuddenOnsetDays())),
            // URGENT_MEDICAL
            rule(RuleCode.U_CANCER, RedFlagCategory.CANCER, Disposition.URGENT_MEDICAL,
                    e -> e.yes(HISTORY_OF_CANCER),
                    e -> e.yes(UNEXPLAINED_WEIGHT_LOSS) && e.ageAtLeast(LIMITS.olderAdultAge()),
                    e -> e.yes(CONSTANT_NIGHT_PAIN) && e.ageAtLeast(LIMITS.olderAdultAge())),
            rule(RuleCode.U_INFECTION, RedFlagCategory.INFECTION, Disposition.URGENT_MEDICAL,
                    e -> e.yes(FEVER_OR_CHILLS) && e.alsoNoting(() -> e.yes(IMMUNOSUPPRESSION_OR_IV_DRUG_USE),
                            () -> e.yes(RECENT_INFECTION_OR_SPINAL_PROCEDURE)),
                    // Spinal infection is often without fever.
                    e -> e.anyYes(IMMUNOSUPPRESSION_OR_IV_DRUG_USE, RECENT_INFECTION_OR_SPINAL_PROCEDURE)
                            && e.anyOf(() -> e.yes(CONSTANT_NIGHT_PAIN), () -> e.has(Symptom.MALAISE),
                                    () -> e.has(Symptom.LOSS_OF_APPETITE), () -> e.yes(UNEXPLAINED_WEIGHT_LOSS))),
            rule(RuleCode.U_FRACTURE, RedFlagCategory.FRACTURE, Disposition.URGENT_MEDICAL,
                    e -> e.yes(RECENT_MAJOR_TRAUMA),
                    e -> e.after(Trigger.FALL_OR_TRAUMA) && e.yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS),
                    e -> e.after(Trigger.FALL_OR_TRAUMA) && e.ageAtLeast(LIMITS.fragilityFractureAge()),
                    // Fragility fractures need no fall.
                    e -> e.onset(Onset.SUDDEN) && e.beganWithinDays(LIMITS.recentSuddenOnsetDays())
                            && e.yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS)),
            rule(RuleCode.U_BILATERAL, RedFlagCategory.BILATERAL_NERVE_SYMPTOMS, Disposition.URGENT_MEDICAL,
                    e -> e.yes(SYMPTOMS_IN_BOTH_LEGS)),
            rule(RuleCode.U_WEIGHTBEARING, RedFlagCategory.WEIGHT_BEARING, Disposition.URGENT_MEDICAL,
                    e -> e.yes(UNABLE_TO_BEAR_WEIGHT) && e.didNotFire(RuleCode.E_FRACTURE)),
            // The answers disagree (both sides, leg symptoms, yet "not in both legs"): the safe reading wins.
            rule(RuleCode.U_CES_RISK, RedFlagCategory.CAUDA_EQUINA_RISK, Disposition.URGENT_MEDICAL,
                    e -> e.side(Side.BOTH) && e.anySymptom(Symptom.SHOOTING_PAIN_DOWN_LEG,
                            Symptom.LEG_NUMBNESS_OR_TINGLING, Symptom.LEG_OR_FOOT_WEAKNESS)),
            // Red flags that come together weigh more than the age cut-off.
            rule(RuleCode.U_CLUSTER, RedFlagCategory.RED_FLAG_CLUSTER, Disposition.URGENT_MEDICAL,
                    e -> e.yes(UNEXPLAINED_WEIGHT_LOSS) && e.yes(CONSTANT_NIGHT_PAIN),
                    e -> e.anyYes(UNEXPLAINED_WEIGHT_LOSS, CONSTANT_NIGHT_PAIN)
                            && e.anySymptom(Symptom.MALAISE, Symptom.LOSS_OF_APPETITE)),
            // GP_REFERRAL
            rule(RuleCode.G_INFLAMMATORY, RedFlagCategory.INFLAMMATORY_BACK_PAIN, Disposition.GP_REFERRAL,
                    e -> e.lastedAtLeastDays(LIMITS.inflammatoryMinDurationDays())
                            && e.ageAtOnsetBelow(LIMITS.inflammatoryOnsetAgeBelow())
                            && e.atLeast(LIMITS.inflammatoryMinFeatures(),
                                    () -> e.ageAtOnsetBelow(LIMITS.earlyOnsetAgeBelow()),
                                    () -> e.worseWith(Aggravator.NIGHT), () -> e.at(PainLocation.BUTTOCK),
                                    () -> e.betterWith(Reliever.MOVEMENT),
                                    () -> e.betterWith(Reliever.ANTI_INFLAMMATORIES),
                                    () -> e.history(HistoryItem.FAMILY_HISTORY_SPONDYLOARTHRITIS),
                                    () -> e.history(HistoryItem.PSORIASIS),
                                    () -> e.has(Symptom.MORNING_STIFFNESS_OVER_30_MIN))),
            // Paget's disease affects the pelvis, spine, femur and tibia: any location.
            rule(RuleCode.G_PAGET, RedFlagCategory.PAGETS_DISEASE, Disposition.GP_REFERRAL,
                    e -> e.atLeast(LIMITS.pagetMinFeatures(), () -> e.has(Symptom.HEARING_LOSS),
                            () -> e.has(Symptom.BOWED_LEGS), () -> e.has(Symptom.HEADACHES))),
            rule(RuleCode.G_WEIGHTLOSS, RedFlagCategory.WEIGHT_LOSS, Disposition.GP_REFERRAL,
                    e -> e.yes(UNEXPLAINED_WEIGHT_LOSS) && e.ageBelow(LIMITS.olderAdultAge())),
            rule(RuleCode.G_CONSTANT_NIGHT, RedFlagCategory.NIGHT_PAIN, Disposition.GP_REFERRAL,
                    e -> e.yes(CONSTANT_NIGHT_PAIN) && e.ageBelow(LIMITS.olderAdultAge())),
            rule(RuleCode.G_INFECTION_RISK, RedFlagCategory.INFECTION_RISK, Disposition.GP_REFERRAL,
                    e -> e.didNotFire(RuleCode.U_INFECTION)
                            && e.anyYes(IMMUNOSUPPRESSION_OR_IV_DRUG_USE, RECENT_INFECTION_OR_SPINAL_PROCEDURE)),
            rule(RuleCode.G_FRAGILITY, RedFlagCategory.FRAGILITY, Disposition.GP_REFERRAL,
                    e -> e.didNotFire(RuleCode.E_FRACTURE, RuleCode.U_FRACTURE)
                            && e.yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS),
                    e -> e.ageAtLeast(LIMITS.fragilityFractureAge()) && e.onset(Onset.SUDDEN)));

    @SafeVarargs
    private static Rule rule(String code, RedFlagCategory category, Disposition disposition,
            Predicate<Evidence>... alternatives) {
        return new Rule(code, category, disposition, List.of(alternatives));
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String questionnaireVersion() {
        return VERSION;
    }

    @Override
    public Thresholds thresholds() {
        return LIMITS;
    }

    @Override
    public Assessment assess(Answers answers, LocalDate dateOfBirth, LocalDate assessedOn) {
        int age = ageOn(dateOfBirth, assessedOn);
        int ageAtOnset = ageAtOnset(dateOfBirth, assessedOn, answers.durationDays());
        List<RedFlag> redFlags = redFlags(KnownAnswers.of(answers), age, ageAtOnset);
        List<RuleHit> consultation = ConsultationCriteria.of(answers, LIMITS);

        Disposition disposition;
        List<String> dispositionRules;
        if (!redFlags.isEmpty()) {
            disposition = mostUrgent(redFlags);
            dispositionRules = rulesAt(disposition, redFlags);
        } else if (!consultation.isEmpty()) {
            disposition = Disposition.PHYSIO_CONSULTATION;
            dispositionRules = consultation.stream().map(RuleHit::rule).toList();
        } else {
            disposition = Disposition.SELF_CARE;
            dispositionRules = List.of(RuleCode.SELF_CARE);
        }

        Assessment.PainSourceFinding painSource = Lbhp2PainSource.find(answers, LIMITS.strongPainSourceEvidence());
        List<Assessment.ConditionFinding> conditions = ConditionRanking.rank(new Facts(answers, age, ageAtOnset), LIMITS);
        StartBack.Score startBack = answers.startBack() == null ? null : answers.startBack().score();
        Oswestry.Score odi = answers.oswestry() == null ? null : answers.oswestry().score().orElse(null);
        Assessment.SafetyNetFinding safetyNet = disposition == Disposition.EMERGENCY ? null : LegSymptoms.of(answers);
        List<String> explanation = new ArrayList<>(Explanation.of(disposition, dispositionRules, redFlags, consultation,
                painSource, conditions));
        if (safetyNet != null) {
            explanation.add("Safety-netting for leg symptoms: " + String.join(", ", safetyNet.triggeredBy()) + ".");
        }
        return new Assessment(VERSION, VERSION, assessedOn, age, disposition, dispositionRules, redFlags, consultation,
                painSource, conditions, startBack, odi, List.copyOf(explanation), safetyNet);
    }

    @Override
    public Optional<SafetyFinding> screen(KnownAnswers known, LocalDate dateOfBirth, LocalDate assessedOn) {
        Integer duration = known.durationDays();
        Integer ageAtOnset = duration == null ? null : ageAtOnset(dateOfBirth, assessedOn, duration);
        List<RedFlag> redFlags = redFlags(known, ageOn(dateOfBirth, assessedOn), ageAtOnset);
        if (redFlags.isEmpty() || mostUrgent(redFlags).allowsBooking()) {
            return Optional.empty();
        }
        Disposition disposition = mostUrgent(redFlags);
        return Optional.of(new SafetyFinding(disposition, rulesAt(disposition, redFlags), redFlags));
    }

    private static List<RedFlag> redFlags(KnownAnswers known, int age, @Nullable Integer ageAtOnset) {
        Set<String> fired = new HashSet<>();
        List<RedFlag> flags = new ArrayList<>();
        for (Rule rule : RULES) {
            List<String> why = new ArrayList<>();
            boolean fires = false;
            // Every alternative, not just the first that holds: the flag names all its reasons.
            for (Predicate<Evidence> alternative : rule.alternatives()) {
                Evidence evidence = new Evidence(known, age, ageAtOnset, fired);
                try {
                    if (alternative.test(evidence)) {
                        fires = true;
                        evidence.codes().stream().filter(code -> !why.contains(code)).forEach(why::add);
                    }
                } catch (Evidence.Unknown unknown) {
                    // This alternative needs an answer that could not be read; the others still count.
                }
            }
            if (fires) {
                fired.add(rule.code());
                flags.add(new RedFlag(rule.code(), rule.category(), rule.disposition(), List.copyOf(why)));
            }
        }
        return List.copyOf(flags);
    }

    private static Disposition mostUrgent(List<RedFlag> flags) {
        return flags.stream().map(RedFlag::disposition).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<String> rulesAt(Disposition disposition, List<RedFlag> flags) {
        return flags.stream().filter(flag -> flag.disposition() == disposition).map(RedFlag::rule).toList();
    }

    private static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** Age on (assessment date − durationDays): when the pain began. */
    private static int ageAtOnset(LocalDate dateOfBirth, LocalDate assessedOn, int durationDays) {
        return Math.max(0, ageOn(dateOfBirth, assessedOn.minusDays(durationDays)));
    }
}
