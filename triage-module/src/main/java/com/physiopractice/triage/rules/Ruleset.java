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
import java.util.Objects;

/**
 * A versioned set of triage rules. Safety first: the rules for emergencies are evaluated from the
 * answers alone, nothing can cancel them, and the most urgent disposition of any rule that fires
 * wins. Each rule has the stable code of the clinical specification.
 */
public final class Ruleset {

    public static final String QUESTIONNAIRE_VERSION = "lbhp-1";

    /** The current ruleset. */
    public static final Ruleset LBHP_1 = new Ruleset("lbhp-1", Thresholds.LBHP_1);

    private final String version;
    private final Thresholds limits;

    public Ruleset(String version, Thresholds limits) {
        this.version = Objects.requireNonNull(version, "version");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public String version() {
        return version;
    }

    public Thresholds thresholds() {
        return limits;
    }

    /**
     * Assesses the answers of a patient born on {@code dateOfBirth}, as of {@code assessedOn}
     * (the date in the patient's own time zone).
     */
    public Assessment assess(Answers answers, LocalDate dateOfBirth, LocalDate assessedOn) {
        int age = Period.between(dateOfBirth, assessedOn).getYears();
        LocalDate onset = assessedOn.minusDays(answers.durationDays());
        int ageAtOnset = Math.max(0, Period.between(dateOfBirth, onset).getYears());
        Facts facts = new Facts(answers, age, ageAtOnset);

        List<RedFlag> redFlags = new ArrayList<>();
        emergencyRules(facts, redFlags);
        urgentRules(facts, redFlags);
        gpRules(facts, redFlags);
        List<RuleHit> consultation = consultationRules(facts);

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

        Assessment.PainSourceFinding painSource = PainSourceFinder.find(answers, limits.strongPainSourceEvidence());
        List<Assessment.ConditionFinding> conditions = ConditionRanking.rank(facts, limits);
        StartBack.Score startBack = answers.startBack() == null ? null : answers.startBack().score();
        Oswestry.Score odi = answers.oswestry() == null ? null : answers.oswestry().score().orElse(null);
        List<String> explanation = Explanation.of(disposition, dispositionRules, redFlags, consultation, painSource,
                conditions);
        return new Assessment(QUESTIONNAIRE_VERSION, version, assessedOn, age, disposition, dispositionRules,
                List.copyOf(redFlags), consultation, painSource, conditions, startBack, odi, explanation);
    }

    /** The answers and the two ages the rules need, with helpers that record what they looked at. */
    record Facts(Answers answers, int age, int ageAtOnset) {

        boolean yes(SafetyQuestion question) {
            return answers.says(question);
        }

        boolean fellOrTrauma() {
            return answers.triggers().contains(Trigger.FALL_OR_TRAUMA);
        }

        static String safety(SafetyQuestion question) {
            return "safety:" + question.name();
        }
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

    private List<RuleHit> consultationRules(Facts f) {
        Answers a = f.answers();
        List<RuleHit> hits = new ArrayList<>();
        if (a.startBack() != null && a.startBack().score().risk() != StartBack.Risk.LOW) {
            hits.add(new RuleHit(RuleCode.P_STARTBACK, List.of("startBack:" + a.startBack().score().risk())));
        }
        if (a.durationDays() >= limits.consultationMinDurationDays()) {
            hits.add(new RuleHit(RuleCode.P_DURATION, List.of("durationDays:" + a.durationDays())));
        }
        if (a.painIntensity() >= limits.consultationMinIntensity()) {
            hits.add(new RuleHit(RuleCode.P_INTENSITY, List.of("painIntensity:" + a.painIntensity())));
        }
        List<String> nerve = symptoms(a, Symptom.SHOOTING_PAIN_DOWN_LEG, Symptom.LEG_NUMBNESS_OR_TINGLING,
                Symptom.LEG_OR_FOOT_WEAKNESS);
        if (!nerve.isEmpty()) {
            hits.add(new RuleHit(RuleCode.P_NERVE, nerve));
        }
        List<String> gait = symptoms(a, Symptom.DIFFICULTY_WALKING, Symptom.LIMP);
        if (!gait.isEmpty()) {
            hits.add(new RuleHit(RuleCode.P_GAIT, gait));
        }
        if (a.oswestry() != null) {
            a.oswestry().score().filter(score -> score.percent() >= limits.consultationMinOdiPercent())
                    .ifPresent(score -> hits.add(new RuleHit(RuleCode.P_ODI, List.of("odi:" + score.percent()))));
        }
        return List.copyOf(hits);
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

    private static List<String> symptoms(Answers a, Symptom... wanted) {
        List<String> present = new ArrayList<>();
        for (Symptom symptom : wanted) {
            addIf(present, a.symptoms().contains(symptom), "symptoms:" + symptom);
        }
        return present;
    }

    static void addIf(List<String> list, boolean condition, String code) {
        if (condition) {
            list.add(code);
        }
    }
}
