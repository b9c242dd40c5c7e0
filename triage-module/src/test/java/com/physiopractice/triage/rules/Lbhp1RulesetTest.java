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
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.RECENT_MAJOR_TRAUMA;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.SADDLE_NUMBNESS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.SYMPTOMS_IN_BOTH_LEGS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.UNABLE_TO_BEAR_WEIGHT;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.UNEXPLAINED_WEIGHT_LOSS;
import static com.physiopractice.triage.rules.AnswerCode.SafetyQuestion.VISIBLE_DEFORMITY;
import static com.physiopractice.triage.rules.TestAnswers.mildLowBackAche;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.triage.ConditionCode;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.PainSource;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.Bother;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ruleset lbhp-1, unchanged: every intake stored with it keeps its result. */
class Lbhp1RulesetTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Assessment assess(TestAnswers answers, int age) {
        return Ruleset.LBHP_1.assess(answers.build(), TODAY.minusYears(age), TODAY);
    }

    static List<String> rules(Assessment assessment) {
        return assessment.redFlags().stream().map(Assessment.RedFlag::rule).toList();
    }

    @Nested
    class ExamplesOfTheSpecification {

        @Test
        void lowBackPainAfterLiftingWithNewDifficultyPassingUrineIsAnEmergency() {
            Assessment result = assess(mildLowBackAche().after(Trigger.LIFTING).forDays(5).yes(BLADDER_OR_BOWEL_CHANGE), 45);

            assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.E_CES);
            assertThat(result.redFlags().get(0).triggeredBy()).containsExactly("safety:BLADDER_OR_BOWEL_CHANGE");
            assertThat(result.explanation()).anyMatch(line -> line.contains("E-CES") && line.contains("BLADDER_OR_BOWEL_CHANGE"));
        }

        @Test
        void groinPainAndALimpWorseWalkingAndStandingIsAConsultationFromTheHip() {
            Assessment result = assess(mildLowBackAche().at(PainLocation.GROIN, PainLocation.HIP)
                    .with(Symptom.GROIN_PAIN, Symptom.LIMP).worseWith(Aggravator.WALKING, Aggravator.STANDING)
                    .forDays(21), 30);

            assertThat(result.disposition()).isEqualTo(Disposition.PHYSIO_CONSULTATION);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.P_GAIT);
            assertThat(result.painSource().source()).isEqualTo(PainSource.HIP);
            assertThat(result.painSource().evidence().get(PainSource.HIP))
                    .contains("symptoms:GROIN_PAIN", "symptoms:LIMP", "worseWith:WALKING", "worseWith:STANDING");
        }

        @Test
        void aMildAcheAfterGardeningWithLowStartBackRiskIsSelfCare() {
            Assessment result = assess(mildLowBackAche().forDays(4).intensity(3)
                    .startBack(new StartBack(List.of(false, false, true, false, false, false, false, false), Bother.SLIGHTLY)), 28);

            assertThat(result.disposition()).isEqualTo(Disposition.SELF_CARE);
            assertThat(result.startBack().risk()).isEqualTo(StartBack.Risk.LOW);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.SELF_CARE);
            assertThat(result.explanation()).anyMatch(line -> line.startsWith("S-SELF-CARE"));
        }

        @Test
        void newBackPainWithUnexplainedWeightLossAtSixtyTwoIsUrgent() {
            Assessment result = assess(mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS), 62);

            assertThat(result.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.U_CANCER);
            assertThat(result.redFlags().get(0).triggeredBy()).containsExactly("safety:UNEXPLAINED_WEIGHT_LOSS", "age:62");
        }
    }

    @Nested
    class Emergencies {

        @ParameterizedTest
        @EnumSource(value = SafetyQuestion.class, names = {"BLADDER_OR_BOWEL_CHANGE", "SADDLE_NUMBNESS", "NEW_SEXUAL_DYSFUNCTION"})
        void anySignOfCaudaEquinaIsAnEmergency(SafetyQuestion sign) {
            Assessment result = assess(mildLowBackAche().yes(sign), 40);

            assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
            assertThat(rules(result)).containsExactly(RuleCode.E_CES);
            assertThat(result.redFlags().get(0).category()).isEqualTo(RedFlagCategory.CAUDA_EQUINA);
        }

        @ParameterizedTest
        @EnumSource(value = SafetyQuestion.class, names = {"DIFFICULTY_MOVING_LEGS", "LOSS_OF_FEELING_IN_LEGS"})
        void legsThatDoNotMoveOrFeelAreAnEmergency(SafetyQuestion sign) {
            assertThat(rules(assess(mildLowBackAche().yes(sign), 40))).containsExactly(RuleCode.E_NEURO);
        }

        @Test
        void aVisibleDeformityIsAnEmergency() {
            assertThat(assess(mildLowBackAche().yes(VISIBLE_DEFORMITY), 40).dispositionRules()).containsExactly(RuleCode.E_DEFORMITY);
        }

        @Test
        void notBearingWeightAfterTraumaOrAFallIsAnEmergency() {
            Assessment afterTrauma = assess(mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT, RECENT_MAJOR_TRAUMA), 40);
            Assessment afterFall = assess(mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT).after(Trigger.FALL_OR_TRAUMA), 40);

            assertThat(afterTrauma.disposition()).isEqualTo(Disposition.EMERGENCY);
            assertThat(afterTrauma.dispositionRules()).containsExactly(RuleCode.E_FRACTURE);
            assertThat(afterFall.dispositionRules()).containsExactly(RuleCode.E_FRACTURE);
            assertThat(afterFall.redFlags().get(0).triggeredBy())
                    .containsExactly("safety:UNABLE_TO_BEAR_WEIGHT", "triggers:FALL_OR_TRAUMA");
        }

        @Test
        void anEmergencyWinsWhateverElseWasAnswered() {
            Assessment result = assess(mildLowBackAche().yes(SADDLE_NUMBNESS, HISTORY_OF_CANCER, FEVER_OR_CHILLS)
                    .with(Symptom.LIMP).forDays(200).intensity(10), 75);

            assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
            assertThat(rules(result)).contains(RuleCode.E_CES, RuleCode.U_CANCER, RuleCode.U_INFECTION);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.E_CES);
        }
    }

    @Nested
    class UrgentMedical {

        @Test
        void aHistoryOfCancerIsUrgentAtAnyAge() {
            assertThat(assess(mildLowBackAche().yes(HISTORY_OF_CANCER), 25).dispositionRules()).containsExactly(RuleCode.U_CANCER);
        }

        @Test
        void unexplainedWeightLossIsUrgentFromFiftyAndAGpMatterBefore() {
            assertThat(assess(mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS), 49).dispositionRules())
                    .containsExactly(RuleCode.G_WEIGHTLOSS);
            assertThat(assess(mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS), 50).dispositionRules())
                    .containsExactly(RuleCode.U_CANCER);
        }

        @Test
        void constantNightPainIsUrgentFromFiftyAndAGpMatterBefore() {
            assertThat(assess(mildLowBackAche().yes(CONSTANT_NIGHT_PAIN), 49).dispositionRules())
                    .containsExactly(RuleCode.G_CONSTANT_NIGHT);
            assertThat(assess(mildLowBackAche().yes(CONSTANT_NIGHT_PAIN), 50).dispositionRules())
                    .containsExactly(RuleCode.U_CANCER);
        }

        @Test
        void feverIsUrgentAloneAndNamesWhatMakesInfectionLikelier() {
            Assessment alone = assess(mildLowBackAche().yes(FEVER_OR_CHILLS), 35);
            Assessment withRisk = assess(mildLowBackAche().yes(FEVER_OR_CHILLS, IMMUNOSUPPRESSION_OR_IV_DRUG_USE), 35);

            assertThat(alone.dispositionRules()).containsExactly(RuleCode.U_INFECTION);
            assertThat(withRisk.redFlags().get(0).triggeredBy())
                    .containsExactly("safety:FEVER_OR_CHILLS", "safety:IMMUNOSUPPRESSION_OR_IV_DRUG_USE");
        }

        @Test
        void recentMajorTraumaIsUrgent() {
            assertThat(assess(mildLowBackAche().yes(RECENT_MAJOR_TRAUMA), 30).dispositionRules())
                    .containsExactly(RuleCode.U_FRACTURE);
        }

        @Test
        void aFallIsUrgentWithOsteoporosisOrFromSeventy() {
            assertThat(assess(mildLowBackAche().after(Trigger.FALL_OR_TRAUMA).yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS), 40)
                    .dispositionRules()).containsExactly(RuleCode.U_FRACTURE);
            assertThat(rules(assess(mildLowBackAche().after(Trigger.FALL_OR_TRAUMA), 69))).doesNotContain(RuleCode.U_FRACTURE);
            assertThat(assess(mildLowBackAche().after(Trigger.FALL_OR_TRAUMA), 70).dispositionRules())
                    .containsExactly(RuleCode.U_FRACTURE);
        }

        @Test
        void symptomsInBothLegsAreUrgent() {
            assertThat(assess(mildLowBackAche().yes(SYMPTOMS_IN_BOTH_LEGS), 30).dispositionRules())
                    .containsExactly(RuleCode.U_BILATERAL);
        }

        @Test
        void notBearingWeightWithoutTraumaIsUrgent() {
            Assessment result = assess(mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT), 30);

            assertThat(result.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.U_WEIGHTBEARING);
        }
    }

    @Nested
    class GpReferral {

        /** Buttock pain, eased by movement, with psoriasis: three features of inflammatory back pain. */
        private TestAnswers inflammatory(int days) {
            return mildLowBackAche().at(PainLocation.BUTTOCK).betterWith(Reliever.MOVEMENT).history(HistoryItem.PSORIASIS)
                    .forDays(days);
        }

        @Test
        void inflammatoryBackPainNeedsNinetyDays() {
            assertThat(rules(assess(inflammatory(89), 40))).doesNotContain(RuleCode.G_INFLAMMATORY);
            Assessment ninety = assess(inflammatory(90), 40);
            assertThat(ninety.disposition()).isEqualTo(Disposition.GP_REFERRAL);
            assertThat(ninety.dispositionRules()).containsExactly(RuleCode.G_INFLAMMATORY);
            assertThat(ninety.redFlags().get(0).triggeredBy()).contains("durationDays:90", "painLocations:BUTTOCK",
                    "betterWith:MOVEMENT", "history:PSORIASIS");
        }

        @Test
        void inflammatoryBackPainMustHaveBegunBeforeFortyFive() {
            // 90 days of pain: aged 45 today and 44 at onset, or 45 at onset too.
            LocalDate today = Lbhp1RulesetTest.TODAY;
            LocalDate fortyFourAtOnset = today.minusDays(90).minusYears(45).plusDays(1);
            LocalDate fortyFiveAtOnset = today.minusDays(90).minusYears(45);

            assertThat(Ruleset.LBHP_1.assess(inflammatory(90).build(), fortyFourAtOnset, today).dispositionRules())
                    .containsExactly(RuleCode.G_INFLAMMATORY);
            assertThat(Ruleset.LBHP_1.assess(inflammatory(90).build(), fortyFiveAtOnset, today).redFlags()).isEmpty();
        }

        @Test
        void inflammatoryBackPainNeedsThreeFeaturesAndOnsetBeforeThirtyFiveIsOne() {
            TestAnswers twoFeatures = mildLowBackAche().at(PainLocation.BUTTOCK).betterWith(Reliever.MOVEMENT).forDays(120);

            assertThat(assess(twoFeatures, 40).redFlags()).isEmpty();
            assertThat(assess(twoFeatures, 30).dispositionRules()).containsExactly(RuleCode.G_INFLAMMATORY);
        }

        @Test
        void pagetsDiseaseNeedsHipPainAndTwoOfItsSigns() {
            TestAnswers oneSign = mildLowBackAche().at(PainLocation.HIP).with(Symptom.HEARING_LOSS);
            TestAnswers twoSigns = mildLowBackAche().at(PainLocation.HIP).with(Symptom.HEARING_LOSS, Symptom.BOWED_LEGS);
            TestAnswers twoSignsNoHip = mildLowBackAche().with(Symptom.HEARING_LOSS, Symptom.BOWED_LEGS);

            assertThat(rules(assess(oneSign, 60))).doesNotContain(RuleCode.G_PAGET);
            assertThat(assess(twoSigns, 60).dispositionRules()).containsExactly(RuleCode.G_PAGET);
            assertThat(rules(assess(twoSignsNoHip, 60))).doesNotContain(RuleCode.G_PAGET);
        }
    }

    @Nested
    class Consultation {

        @Test
        void sixWeeksOfPainIsEnough() {
            assertThat(assess(mildLowBackAche().forDays(41), 30).disposition()).isEqualTo(Disposition.SELF_CARE);
            assertThat(assess(mildLowBackAche().forDays(42), 30).dispositionRules()).containsExactly(RuleCode.P_DURATION);
        }

        @Test
        void painOfSevenOutOfTenIsEnough() {
            assertThat(assess(mildLowBackAche().intensity(6), 30).disposition()).isEqualTo(Disposition.SELF_CARE);
            assertThat(assess(mildLowBackAche().intensity(7), 30).dispositionRules()).containsExactly(RuleCode.P_INTENSITY);
        }

        @ParameterizedTest
        @EnumSource(value = Symptom.class, names = {"SHOOTING_PAIN_DOWN_LEG", "LEG_NUMBNESS_OR_TINGLING", "LEG_OR_FOOT_WEAKNESS"})
        void nerveSymptomsInOneLegAreEnough(Symptom symptom) {
            assertThat(assess(mildLowBackAche().with(symptom), 30).dispositionRules()).containsExactly(RuleCode.P_NERVE);
        }

        @ParameterizedTest
        @EnumSource(value = Symptom.class, names = {"DIFFICULTY_WALKING", "LIMP"})
        void troubleWalkingIsEnough(Symptom symptom) {
            assertThat(assess(mildLowBackAche().with(symptom), 30).dispositionRules()).containsExactly(RuleCode.P_GAIT);
        }

        @Test
        void aMediumOrHighStartBackRiskIsEnoughButLowIsNot() {
            StartBack low = startBack("11100000", Bother.SLIGHTLY);
            StartBack medium = startBack("11110000", Bother.SLIGHTLY);
            StartBack high = startBack("00001111", Bother.NOT_AT_ALL);

            assertThat(assess(mildLowBackAche().startBack(low), 30).disposition()).isEqualTo(Disposition.SELF_CARE);
            assertThat(assess(mildLowBackAche().startBack(medium), 30).dispositionRules()).containsExactly(RuleCode.P_STARTBACK);
            assertThat(assess(mildLowBackAche().startBack(high), 30).consultationReasons().get(0).triggeredBy())
                    .containsExactly("startBack:HIGH");
        }

        @Test
        void anOdiOfTwentyOnePercentIsEnough() {
            Oswestry twenty = new Oswestry(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
            Oswestry twentyTwo = new Oswestry(Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, 2, null));

            assertThat(twenty.score().orElseThrow().percent()).isEqualTo(20);
            assertThat(assess(mildLowBackAche().oswestry(twenty), 30).disposition()).isEqualTo(Disposition.SELF_CARE);
            assertThat(twentyTwo.score().orElseThrow().percent()).isEqualTo(22);
            assertThat(assess(mildLowBackAche().oswestry(twentyTwo), 30).dispositionRules()).containsExactly(RuleCode.P_ODI);
        }

        @Test
        void aRedFlagDecidesButTheConsultationReasonsAreStillListed() {
            Assessment result = assess(mildLowBackAche().yes(FEVER_OR_CHILLS).intensity(8), 30);

            assertThat(result.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(result.consultationReasons()).extracting(Assessment.RuleHit::rule).containsExactly(RuleCode.P_INTENSITY);
        }
    }

    @Nested
    class PainSourceAndConditions {

        @Test
        void shootingPainWorseSittingEasedByWalkingComesFromTheLowerBack() {
            Assessment result = assess(mildLowBackAche().with(Symptom.SHOOTING_PAIN_DOWN_LEG)
                    .worseWith(Aggravator.SITTING).betterWith(Reliever.WALKING), 40);

            assertThat(result.painSource().source()).isEqualTo(PainSource.LUMBAR_SPINE);
        }

        @Test
        void strongSignsOfTwoSourcesAreMixedAndWeakSignsUnclear() {
            Assessment mixed = assess(mildLowBackAche().with(Symptom.GROIN_PAIN, Symptom.LIMP, Symptom.SHOOTING_PAIN_DOWN_LEG)
                    .worseWith(Aggravator.SITTING), 40);
            Assessment unclear = assess(mildLowBackAche().with(Symptom.LIMP), 40);

            assertThat(mixed.painSource().source()).isEqualTo(PainSource.MIXED);
            assertThat(unclear.painSource().source()).isEqualTo(PainSource.UNCLEAR);
        }

        @Test
        void sciaticaAfterLiftingRanksAHerniatedDiscFirstWithItsEvidence() {
            Assessment result = assess(mildLowBackAche().with(Symptom.SHOOTING_PAIN_DOWN_LEG, Symptom.LEG_NUMBNESS_OR_TINGLING)
                    .after(Trigger.LIFTING).history(HistoryItem.SMOKER), 45);

            Assessment.ConditionFinding first = result.conditions().get(0);
            assertThat(first.condition()).isEqualTo(ConditionCode.HERNIATED_DISC);
            assertThat(first.evidence()).contains("symptoms:SHOOTING_PAIN_DOWN_LEG", "triggers:LIFTING", "history:SMOKER");
            assertThat(result.explanation()).anyMatch(line -> line.startsWith("Possible HERNIATED_DISC"));
        }

        @Test
        void stairsAndNoComfortablePositionWithButtockAchePointToTheSacroiliacJoint() {
            Assessment result = assess(mildLowBackAche().at(PainLocation.BUTTOCK).worseWith(Aggravator.STAIRS)
                    .with(Symptom.NO_COMFORTABLE_POSITION), 35);

            assertThat(result.painSource().source()).isEqualTo(PainSource.SACROILIAC);
            assertThat(result.conditions().get(0).condition()).isEqualTo(ConditionCode.SI_JOINT_DYSFUNCTION);
        }
    }

    @Test
    void theSameAnswersGiveTheSameAssessment() {
        TestAnswers answers = mildLowBackAche().yes(FEVER_OR_CHILLS).with(Symptom.LIMP).forDays(60);

        assertThat(assess(answers, 52)).isEqualTo(assess(answers, 52));
    }

    @Test
    void ageIsCountedOnTheAssessmentDate() {
        LocalDate fiftiethBirthday = TODAY;
        Answers answers = mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS).build();

        assertThat(Ruleset.LBHP_1.assess(answers, fiftiethBirthday.minusYears(50), TODAY).disposition())
                .isEqualTo(Disposition.URGENT_MEDICAL);
        assertThat(Ruleset.LBHP_1.assess(answers, fiftiethBirthday.minusYears(50).plusDays(1), TODAY).disposition())
                .isEqualTo(Disposition.GP_REFERRAL);
    }

    @Test
    void noEmergencyRuleIsMissedForAnyLegOrBowelSign() {
        for (SafetyQuestion sign : List.of(BLADDER_OR_BOWEL_CHANGE, SADDLE_NUMBNESS, NEW_SEXUAL_DYSFUNCTION,
                DIFFICULTY_MOVING_LEGS, LOSS_OF_FEELING_IN_LEGS, VISIBLE_DEFORMITY)) {
            assertThat(assess(mildLowBackAche().yes(sign), 30).disposition()).as(sign.name()).isEqualTo(Disposition.EMERGENCY);
        }
    }

    static StartBack startBack(String agrees, Bother bother) {
        return new StartBack(agrees.chars().mapToObj(c -> c == '1').toList(), bother);
    }
}
