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
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import com.physiopractice.triage.rules.Assessment.RedFlag;
import com.physiopractice.triage.rules.Assessment.RuleHit;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ruleset {@code lbhp-1}, the practice's first, exactly as it assessed every intake stored with
 * its version. It is never edited: a change to the rules is a new ruleset (principle 3 of the
 * clinical specification). Safety first: the rules for emergencies are evaluated from the answers
 * alone, nothing can cancel them, and the most urgent disposition of any rule that fires wins.
 */
final class Lbhp1Ruleset implements Ruleset {

    static final String VERSION = "lbhp-1";

    private final Thresholds limits = Thresholds.LBHP_1;

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
        return limits;
    }

    @Override
    public boolean screensBeforeValidation() {
        return false;
    }

    /** {@code lbhp-1} refuses an invalid form and nothing else: screening came with {@code lbhp-2}. */
    @Override
    public Optional<SafetyFinding> screen(KnownAnswers known, LocalDate dateOfBirth, LocalDate assessedOn) {
        return Optional.empty();
    }

    @Override
    public Assessment assess(Answers answers, LocalDate dateOfBirth, LocalDate assessedOn) {
        int age = Period.between(dateOfBirth, assessedOn).getYears();
        LocalDate onset = assessedOn.minusDays(answers.durationDays());
        int ageAtOnset = Math.max(0, Period.between(dateOfBirth, onset).getYears());
        Facts facts = new Facts(answers, age, ageAtOnset);

        List<RedFlag> redFlags = new ArrayList<>();
        emergencyRules(facts, redFlags);
        urgentRules(facts, redFlags);
        gpRules(facts, redFlags);
        List<RuleHit> consultation = ConsultationCriteria.of(answers, limits);

        Disposition disposition;
        List<String> dispositionRules;
        if (!redFlags.isEmpty()) {
            disposition = redFlags.stream().map(RedFlag::disposition).min(Comparator.naturalOrder()).orElseThrow();
            dispositionRules = redFlags.stream().filter(flag -> flag.disposition() == disposition)
                    .map(RedFlag::rule).toList();
        } else if (!consultation.isEmpty()) {
            disposition = Disposition.PHYSIO_CONSULTATION;
            dispositionRules = consultation.stream().map(RuleHit::rule).toList();
        } else {
            disposition = Disposition.SELF_CARE;
            dispositionRules = List.of(RuleCode.SELF_CARE);
        }

        Assessment.PainSourceFinding painSource = Lbhp1PainSource.find(answers, limits.strongPainSourceEvidence());
        List<Assessment.ConditionFinding> conditions = ConditionRanking.rank(facts, limits);
        StartBack.Score startBack = answers.startBack() == null ? null : answers.startBack().score();
        Oswestry.Score odi = answers.oswestry() == null ? null : answers.oswestry().score().orElse(null);
        List<String> explanation = Explanation.of(disposition, dispositionRules, redFlags, consultation, painSource,
                conditions);
        return new Assessment(VERSION, VERSION, assessedOn, age, disposition, dispositionRules,
                List.copyOf(redFlags), consultation, painSource, conditions, startBack, odi, explanation, null);
    }

    private void emergencyRules(Facts f, List<RedFlag> flags) {
        List<String> ces = yesAnswers(f, BLADDER_OR_BOWEL_CHANGE, SADDLE_NUMBNESS, NEW_SEXUAL_DYSFUNCTION);
        if (!ces.isEmpty()) {
            flags.add(new RedFlag(RuleCode.E_CES, RedFlagCategory.CAUDA_EQUINA, Disposition.EMERGENCY, ces));
        }
        List<String> neuro = yesAnswers(f, DIFFICULTY_MOVING_LEGS, LOSS_OF_FEELING_IN_LEGS);
        if (!neuro.isEmpty()) {
            flags.add(new RedFlag(RuleCode.E_NEURO, RedFlagCategory.NEUROLOGICAL_DEFICIT, Disposition.EMERGENCY, neuro));
        }
        if (f.yes(VISIBLE_DEFORMITY)) {
            flags.add(new RedFlag(RuleCode.E_DEFORMITY, RedFlagCategory.DEFORMITY, Disposition.EMERGENCY,
                    List.of(Facts.safety(VISIBLE_DEFORMITY))));
        }
        if (f.yes(UNABLE_TO_BEAR_WEIGHT) && (f.yes(RECENT_MAJOR_TRAUMA) || f.fellOrTrauma())) {
            List<String> why = new ArrayList<>(List.of(Facts.safety(UNABLE_TO_BEAR_WEIGHT)));
            why.addAll(traumaAnswers(f));
            flags.add(new RedFlag(RuleCode.E_FRACTURE, RedFlagCategory.FRACTURE, Disposition.EMERGENCY, why));
        }
    }

    private void urgentRules(Facts f, List<RedFlag> flags) {
        List<String> cancer = new ArrayList<>();
        boolean older = f.age() >= limits.olderAdultAge();
        addIf(cancer, f.yes(HISTORY_OF_CANCER), Facts.safety(HISTORY_OF_CANCER));
        addIf(cancer, older && f.yes(UNEXPLAINED_WEIGHT_LOSS), Facts.safety(UNEXPLAINED_WEIGHT_LOSS));
        addIf(cancer, older && f.yes(CONSTANT_NIGHT_PAIN), Facts.safety(CONSTANT_NIGHT_PAIN));
        addIf(cancer, older && (f.yes(UNEXPLAINED_WEIGHT_LOSS) || f.yes(CONSTANT_NIGHT_PAIN)), "age:" + f.age());
        if (!cancer.isEmpty()) {
            flags.add(new RedFlag(RuleCode.U_CANCER, RedFlagCategory.CANCER, Disposition.URGENT_MEDICAL, cancer));
        }
        if (f.yes(FEVER_OR_CHILLS)) {
            List<String> infection = new ArrayList<>(List.of(Facts.safety(FEVER_OR_CHILLS)));
            infection.addAll(yesAnswers(f, IMMUNOSUPPRESSION_OR_IV_DRUG_USE, RECENT_INFECTION_OR_SPINAL_PROCEDURE));
            flags.add(new RedFlag(RuleCode.U_INFECTION, RedFlagCategory.INFECTION, Disposition.URGENT_MEDICAL, infection));
        }
        List<String> fracture = new ArrayList<>();
        if (f.yes(RECENT_MAJOR_TRAUMA)) {
            fracture.add(Facts.safety(RECENT_MAJOR_TRAUMA));
        }
        if (f.fellOrTrauma() && f.yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS)) {
            fracture.add("triggers:" + Trigger.FALL_OR_TRAUMA);
            fracture.add(Facts.safety(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS));
        }
        if (f.fellOrTrauma() && f.age() >= limits.fragilityFractureAge()) {
            if (!fracture.contains("triggers:" + Trigger.FALL_OR_TRAUMA)) {
                fracture.add("triggers:" + Trigger.FALL_OR_TRAUMA);
            }
            fracture.add("age:" + f.age());
        }
        if (!fracture.isEmpty()) {
            flags.add(new RedFlag(RuleCode.U_FRACTURE, RedFlagCategory.FRACTURE, Disposition.URGENT_MEDICAL, fracture));
        }
        if (f.yes(SYMPTOMS_IN_BOTH_LEGS)) {
            flags.add(new RedFlag(RuleCode.U_BILATERAL, RedFlagCategory.BILATERAL_NERVE_SYMPTOMS,
                    Disposition.URGENT_MEDICAL, List.of(Facts.safety(SYMPTOMS_IN_BOTH_LEGS))));
        }
        if (f.yes(UNABLE_TO_BEAR_WEIGHT) && !f.yes(RECENT_MAJOR_TRAUMA) && !f.fellOrTrauma()) {
            flags.add(new RedFlag(RuleCode.U_WEIGHTBEARING, RedFlagCategory.WEIGHT_BEARING, Disposition.URGENT_MEDICAL,
                    List.of(Facts.safety(UNABLE_TO_BEAR_WEIGHT))));
        }
    }

    private void gpRules(Facts f, List<RedFlag> flags) {
        Answers a = f.answers();
        if (a.durationDays() >= limits.inflammatoryMinDurationDays() && f.ageAtOnset() < limits.inflammatoryOnsetAgeBelow()) {
            List<String> features = new ArrayList<>();
            if (f.ageAtOnset() < limits.earlyOnsetAgeBelow()) {
                features.add("ageAtOnset:" + f.ageAtOnset());
            }
            addIf(features, a.worseWith().contains(Aggravator.NIGHT), "worseWith:NIGHT");
            addIf(features, a.painLocations().contains(PainLocation.BUTTOCK), "painLocations:BUTTOCK");
            addIf(features, a.betterWith().contains(Reliever.MOVEMENT), "betterWith:MOVEMENT");
            addIf(features, a.betterWith().contains(Reliever.ANTI_INFLAMMATORIES), "betterWith:ANTI_INFLAMMATORIES");
            addIf(features, a.history().contains(HistoryItem.FAMILY_HISTORY_SPONDYLOARTHRITIS),
                    "history:FAMILY_HISTORY_SPONDYLOARTHRITIS");
            addIf(features, a.history().contains(HistoryItem.PSORIASIS), "history:PSORIASIS");
            addIf(features, a.symptoms().contains(Symptom.MORNING_STIFFNESS_OVER_30_MIN),
                    "symptoms:MORNING_STIFFNESS_OVER_30_MIN");
            if (features.size() >= limits.inflammatoryMinFeatures()) {
                List<String> why = new ArrayList<>(List.of("durationDays:" + a.durationDays(),
                        "ageAtOnset:" + f.ageAtOnset()));
                features.stream().filter(feature -> !why.contains(feature)).forEach(why::add);
                flags.add(new RedFlag(RuleCode.G_INFLAMMATORY, RedFlagCategory.INFLAMMATORY_BACK_PAIN,
                        Disposition.GP_REFERRAL, why));
            }
        }
        if (a.painLocations().contains(PainLocation.HIP)) {
            List<String> paget = new ArrayList<>();
            addIf(paget, a.symptoms().contains(Symptom.HEARING_LOSS), "symptoms:HEARING_LOSS");
            addIf(paget, a.symptoms().contains(Symptom.BOWED_LEGS), "symptoms:BOWED_LEGS");
            addIf(paget, a.symptoms().contains(Symptom.HEADACHES), "symptoms:HEADACHES");
            if (paget.size() >= limits.pagetMinFeatures()) {
                paget.add(0, "painLocations:HIP");
                flags.add(new RedFlag(RuleCode.G_PAGET, RedFlagCategory.PAGETS_DISEASE, Disposition.GP_REFERRAL, paget));
            }
        }
        if (f.yes(UNEXPLAINED_WEIGHT_LOSS) && f.age() < limits.olderAdultAge()) {
            flags.add(new RedFlag(RuleCode.G_WEIGHTLOSS, RedFlagCategory.WEIGHT_LOSS, Disposition.GP_REFERRAL,
                    List.of(Facts.safety(UNEXPLAINED_WEIGHT_LOSS), "age:" + f.age())));
        }
        if (f.yes(CONSTANT_NIGHT_PAIN) && f.age() < limits.olderAdultAge()) {
            flags.add(new RedFlag(RuleCode.G_CONSTANT_NIGHT, RedFlagCategory.NIGHT_PAIN, Disposition.GP_REFERRAL,
                    List.of(Facts.safety(CONSTANT_NIGHT_PAIN), "age:" + f.age())));
        }
    }

    private static List<String> yesAnswers(Facts f, SafetyQuestion... questions) {
        List<String> yes = new ArrayList<>();
        for (SafetyQuestion question : questions) {
            if (f.yes(question)) {
                yes.add(Facts.safety(question));
            }
        }
        return yes;
    }

    private static List<String> traumaAnswers(Facts f) {
        List<String> trauma = new ArrayList<>();
        if (f.yes(RECENT_MAJOR_TRAUMA)) {
            trauma.add(Facts.safety(RECENT_MAJOR_TRAUMA));
        }
        if (f.fellOrTrauma()) {
            trauma.add("triggers:" + Trigger.FALL_OR_TRAUMA);
        }
        return trauma;
    }

    static void addIf(List<String> list, boolean condition, String code) {
        if (condition) {
            list.add(code);
        }
    }
}
