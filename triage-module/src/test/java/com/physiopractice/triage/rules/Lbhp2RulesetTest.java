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
import static com.physiopractice.triage.rules.TestAnswers.mildLowBackAche;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.PainSource;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.Bother;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.Onset;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.Side;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Ruleset lbhp-2: every rule, each in a class named after its code, and every example of the
 * specification. Rules lbhp-2 did not change are tested here too, since lbhp-2 evaluates them its
 * own way (alternative by alternative).
 */
class Lbhp2RulesetTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Assessment assess(TestAnswers answers, int age) {
        return Ruleset.LBHP_2.assess(answers.build(), TODAY.minusYears(age), TODAY);
    }

    static List<String> rules(Assessment assessment) {
        return assessment.redFlags().stream().map(Assessment.RedFlag::rule).toList();
    }

    static Assessment.RedFlag flag(Assessment assessment, String rule) {
        return assessment.redFlags().stream().filter(flag -> flag.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire: " + assessment.explanation()));
    }

    @Test
    void itIsVersionLbhp2ForQuestionnaireLbhp2() {
        Assessment result = assess(mildLowBackAche(), 40);

        assertThat(result.rulesetVersion()).isEqualTo("lbhp-2");
        assertThat(result.questionnaireVersion()).isEqualTo("lbhp-2");
        assertThat(Ruleset.ofVersion("lbhp-2")).isSameAs(Ruleset.LBHP_2);
        assertThat(Ruleset.ofVersion("lbhp-1")).isSameAs(Ruleset.LBHP_1);
    }

    @Nested
    class ExamplesOfTheSpecification {

        @Test
        void painOnBothSidesWithShootingPainDownTheLegIsUrgentWhenBothLegsIsAnsweredNo() {
            Assessment result = assess(mildLowBackAche().side(Side.BOTH).with(Symptom.SHOOTING_PAIN_DOWN_LEG), 40);

            assertThat(result.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.U_CES_RISK);
            assertThat(result.safetyNet()).isNotNull();
        }

        @Test
        void intravenousDrugUseWithoutFeverIsAGpReferral() {
            Assessment result = assess(mildLowBackAche().yes(IMMUNOSUPPRESSION_OR_IV_DRUG_USE).forDays(14), 35);

            assertThat(result.disposition()).isEqualTo(Disposition.GP_REFERRAL);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.G_INFECTION_RISK);
        }

        @Test
        void intravenousDrugUseWithConstantNightPainIsUrgentWithoutFever() {
            Assessment result = assess(mildLowBackAche().yes(IMMUNOSUPPRESSION_OR_IV_DRUG_USE, CONSTANT_NIGHT_PAIN), 35);

            assertThat(result.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.U_INFECTION);
        }

        @Test
        void longTermSteroidsWithSuddenBackPainFiveDaysAgoIsUrgentWithoutAFall() {
            Assessment result = assess(mildLowBackAche().yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS).onset(Onset.SUDDEN)
                    .forDays(5), 66);

            assertThat(result.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.U_FRACTURE);
        }

        @Test
        void osteoporosisWithSuddenHipPainAndUnableToBearWeightIsAnEmergencyWithoutAFall() {
            Assessment result = assess(mildLowBackAche().at(PainLocation.HIP).yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS,
                    UNABLE_TO_BEAR_WEIGHT).onset(Onset.SUDDEN).forDays(2), 72);

            assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.E_FRACTURE);
        }

        @Test
        void unexplainedWeightLossWithConstantNightPainAtFortyFourIsUrgent() {
            Assessment result = assess(mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS, CONSTANT_NIGHT_PAIN), 44);

            assertThat(result.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(result.dispositionRules()).containsExactly(RuleCode.U_CLUSTER);
        }

        @Test
        void theExamplesOfLbhp1KeepTheirDisposition() {
            assertThat(assess(mildLowBackAche().after(Trigger.LIFTING).forDays(5).yes(BLADDER_OR_BOWEL_CHANGE), 45)
                    .dispositionRules()).containsExactly(RuleCode.E_CES);
            Assessment hip = assess(mildLowBackAche().at(PainLocation.GROIN, PainLocation.HIP)
                    .with(Symptom.GROIN_PAIN, Symptom.LIMP).worseWith(Aggravator.WALKING, Aggravator.STANDING)
                    .forDays(21), 30);
            assertThat(hip.disposition()).isEqualTo(Disposition.PHYSIO_CONSULTATION);
            assertThat(hip.painSource().source()).isEqualTo(PainSource.HIP);
            assertThat(assess(mildLowBackAche().forDays(4).intensity(3).startBack(new StartBack(
                    List.of(false, false, true, false, false, false, false, false), Bother.SLIGHTLY)), 28)
                    .disposition()).isEqualTo(Disposition.SELF_CARE);
            Assessment weightLoss = assess(mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS), 62);
            assertThat(weightLoss.dispositionRules()).containsExactly(RuleCode.U_CANCER);
            assertThat(weightLoss.redFlags().get(0).triggeredBy())
                    .containsExactly("safety:UNEXPLAINED_WEIGHT_LOSS", "age:62");
        }
    }

    @Nested
    @DisplayName("E-CES")
    class E_CES {

        @Test
        void anyOfTheThreeCaudaEquinaSignsIsAnEmergency() {
            for (var sign : List.of(BLADDER_OR_BOWEL_CHANGE, SADDLE_NUMBNESS, NEW_SEXUAL_DYSFUNCTION)) {
                Assessment result = assess(mildLowBackAche().yes(sign), 30);
                assertThat(result.dispositionRules()).as(sign.name()).containsExactly(RuleCode.E_CES);
                assertThat(flag(result, RuleCode.E_CES).triggeredBy()).containsExactly("safety:" + sign);
            }
        }
    }

    @Nested
    @DisplayName("E-NEURO")
    class E_NEURO {

        @Test
        void difficultyMovingOrLossOfFeelingInTheLegsIsAnEmergency() {
            assertThat(assess(mildLowBackAche().yes(DIFFICULTY_MOVING_LEGS), 30).dispositionRules())
                    .containsExactly(RuleCode.E_NEURO);
            assertThat(assess(mildLowBackAche().yes(LOSS_OF_FEELING_IN_LEGS), 30).dispositionRules())
                    .containsExactly(RuleCode.E_NEURO);
        }
    }

    @Nested
    @DisplayName("E-DEFORMITY")
    class E_DEFORMITY {

        @Test
        void aVisibleDeformityIsAnEmergency() {
            assertThat(assess(mildLowBackAche().yes(VISIBLE_DEFORMITY), 30).dispositionRules())
                    .containsExactly(RuleCode.E_DEFORMITY);
        }
    }

    @Nested
    @DisplayName("E-FRACTURE")
    class E_FRACTURE {

        @Test
        void unableToBearWeightAfterTraumaOrAFallIsAnEmergencyAsInLbhp1() {
            assertThat(assess(mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT, RECENT_MAJOR_TRAUMA), 30).dispositionRules())
                    .containsExactly(RuleCode.E_FRACTURE);
            assertThat(flag(assess(mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT).after(Trigger.FALL_OR_TRAUMA), 30),
                    RuleCode.E_FRACTURE).triggeredBy())
                    .containsExactly("safety:UNABLE_TO_BEAR_WEIGHT", "triggers:FALL_OR_TRAUMA");
        }

        @Test
        void aFragilityFractureNeedsOsteoporosisASuddenOnsetAndAtMostFortyTwoDays() {
            TestAnswers fragile = mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT, OSTEOPOROSIS_OR_LONG_TERM_STEROIDS)
                    .onset(Onset.SUDDEN);

            Assessment recent = assess(fragile.forDays(42), 55);
            assertThat(recent.disposition()).isEqualTo(Disposition.EMERGENCY);
            assertThat(flag(recent, RuleCode.E_FRACTURE).triggeredBy()).containsExactly("safety:UNABLE_TO_BEAR_WEIGHT",
                    "safety:OSTEOPOROSIS_OR_LONG_TERM_STEROIDS", "onset:SUDDEN", "durationDays:42");
            assertThat(rules(assess(fragile.forDays(43), 55))).doesNotContain(RuleCode.E_FRACTURE);
            assertThat(rules(assess(fragile.forDays(5).onset(Onset.GRADUAL), 55))).doesNotContain(RuleCode.E_FRACTURE);
        }
    }

    @Nested
    @DisplayName("U-CANCER")
    class U_CANCER {

        @Test
        void cancerAtAnyAgeAndWeightLossOrNightPainFromFiftyAreUrgent() {
            assertThat(assess(mildLowBackAche().yes(HISTORY_OF_CANCER), 25).dispositionRules())
                    .containsExactly(RuleCode.U_CANCER);
            assertThat(assess(mildLowBackAche().yes(CONSTANT_NIGHT_PAIN), 50).dispositionRules())
                    .containsExactly(RuleCode.U_CANCER);
            assertThat(rules(assess(mildLowBackAche().yes(CONSTANT_NIGHT_PAIN), 49))).doesNotContain(RuleCode.U_CANCER);
        }
    }

    @Nested
    @DisplayName("U-INFECTION")
    class U_INFECTION {

        @Test
        void feverIsUrgentAndNamesTheRiskFactorsWithIt() {
            Assessment result = assess(mildLowBackAche().yes(FEVER_OR_CHILLS, RECENT_INFECTION_OR_SPINAL_PROCEDURE), 30);

            assertThat(result.dispositionRules()).containsExactly(RuleCode.U_INFECTION);
            assertThat(flag(result, RuleCode.U_INFECTION).triggeredBy())
                    .containsExactly("safety:FEVER_OR_CHILLS", "safety:RECENT_INFECTION_OR_SPINAL_PROCEDURE");
            assertThat(rules(result)).doesNotContain(RuleCode.G_INFECTION_RISK);
        }

        @Test
        void aRiskFactorWithMalaiseLossOfAppetiteWeightLossOrNightPainIsUrgentWithoutFever() {
            for (TestAnswers sign : List.of(mildLowBackAche().with(Symptom.MALAISE),
                    mildLowBackAche().with(Symptom.LOSS_OF_APPETITE), mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS),
                    mildLowBackAche().yes(CONSTANT_NIGHT_PAIN))) {
                Assessment result = assess(sign.yes(RECENT_INFECTION_OR_SPINAL_PROCEDURE), 30);
                assertThat(result.disposition()).as(result.explanation().toString()).isEqualTo(Disposition.URGENT_MEDICAL);
                assertThat(rules(result)).contains(RuleCode.U_INFECTION).doesNotContain(RuleCode.G_INFECTION_RISK);
            }
        }
    }

    @Nested
    @DisplayName("U-FRACTURE")
    class U_FRACTURE {

        @Test
        void traumaOrAFallWithBrittleBonesOrFromSeventyIsUrgentAsInLbhp1() {
            assertThat(assess(mildLowBackAche().yes(RECENT_MAJOR_TRAUMA), 30).dispositionRules())
                    .containsExactly(RuleCode.U_FRACTURE);
            assertThat(assess(mildLowBackAche().after(Trigger.FALL_OR_TRAUMA), 70).dispositionRules())
                    .containsExactly(RuleCode.U_FRACTURE);
            assertThat(assess(mildLowBackAche().after(Trigger.FALL_OR_TRAUMA).yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS), 40)
                    .dispositionRules()).containsExactly(RuleCode.U_FRACTURE);
        }

        @Test
        void aSuddenOnsetWithinFortyTwoDaysWithBrittleBonesIsUrgentWithoutAFall() {
            TestAnswers steroids = mildLowBackAche().yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS).onset(Onset.SUDDEN);

            assertThat(flag(assess(steroids.forDays(42), 40), RuleCode.U_FRACTURE).triggeredBy())
                    .containsExactly("onset:SUDDEN", "durationDays:42", "safety:OSTEOPOROSIS_OR_LONG_TERM_STEROIDS");
            assertThat(assess(steroids.forDays(43), 40).disposition()).isEqualTo(Disposition.GP_REFERRAL);
        }
    }

    @Nested
    @DisplayName("U-BILATERAL")
    class U_BILATERAL {

        @Test
        void symptomsInBothLegsAreUrgent() {
            assertThat(assess(mildLowBackAche().yes(SYMPTOMS_IN_BOTH_LEGS), 30).dispositionRules())
                    .containsExactly(RuleCode.U_BILATERAL);
        }
    }

    @Nested
    @DisplayName("U-WEIGHTBEARING")
    class U_WEIGHTBEARING {

        @Test
        void unableToBearWeightWithoutAFractureEmergencyIsUrgent() {
            assertThat(assess(mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT), 30).dispositionRules())
                    .containsExactly(RuleCode.U_WEIGHTBEARING);
            assertThat(rules(assess(mildLowBackAche().yes(UNABLE_TO_BEAR_WEIGHT, RECENT_MAJOR_TRAUMA), 30)))
                    .doesNotContain(RuleCode.U_WEIGHTBEARING);
        }
    }

    @Nested
    @DisplayName("U-CES-RISK")
    class U_CES_RISK {

        @Test
        void bothSidesWithAnyLegNerveSymptomIsUrgent() {
            for (Symptom nerve : List.of(Symptom.SHOOTING_PAIN_DOWN_LEG, Symptom.LEG_NUMBNESS_OR_TINGLING,
                    Symptom.LEG_OR_FOOT_WEAKNESS)) {
                Assessment result = assess(mildLowBackAche().side(Side.BOTH).with(nerve), 30);
                assertThat(result.dispositionRules()).as(nerve.name()).containsExactly(RuleCode.U_CES_RISK);
                assertThat(flag(result, RuleCode.U_CES_RISK).triggeredBy()).containsExactly("side:BOTH", "symptoms:" + nerve);
            }
        }

        @Test
        void oneSideWithLegSymptomsOrBothSidesWithoutThemIsNot() {
            assertThat(rules(assess(mildLowBackAche().side(Side.LEFT).with(Symptom.SHOOTING_PAIN_DOWN_LEG), 30)))
                    .doesNotContain(RuleCode.U_CES_RISK);
            assertThat(rules(assess(mildLowBackAche().side(Side.BOTH).with(Symptom.STIFFNESS), 30)))
                    .doesNotContain(RuleCode.U_CES_RISK);
        }
    }

    @Nested
    @DisplayName("U-CLUSTER")
    class U_CLUSTER {

        @Test
        void weightLossOrNightPainWithMalaiseOrLossOfAppetiteIsUrgentAtAnyAge() {
            assertThat(assess(mildLowBackAche().yes(CONSTANT_NIGHT_PAIN).with(Symptom.MALAISE), 25).dispositionRules())
                    .containsExactly(RuleCode.U_CLUSTER);
            assertThat(flag(assess(mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS).with(Symptom.LOSS_OF_APPETITE), 25),
                    RuleCode.U_CLUSTER).triggeredBy())
                    .containsExactly("safety:UNEXPLAINED_WEIGHT_LOSS", "symptoms:LOSS_OF_APPETITE");
        }

        @Test
        void malaiseWithLossOfAppetiteAloneIsNotACluster() {
            Assessment result = assess(mildLowBackAche().with(Symptom.MALAISE, Symptom.LOSS_OF_APPETITE), 25);

            assertThat(rules(result)).doesNotContain(RuleCode.U_CLUSTER);
            assertThat(result.disposition()).isEqualTo(Disposition.SELF_CARE);
        }
    }

    @Nested
    @DisplayName("G-INFLAMMATORY")
    class G_INFLAMMATORY {

        @Test
        void threeFeaturesAfterNinetyDaysWithAnOnsetBeforeFortyFiveAreAGpReferral() {
            Assessment result = assess(mildLowBackAche().forDays(90).at(PainLocation.BUTTOCK).betterWith(Reliever.MOVEMENT)
                    .history(HistoryItem.PSORIASIS), 40);

            assertThat(result.dispositionRules()).containsExactly(RuleCode.G_INFLAMMATORY);
            assertThat(flag(result, RuleCode.G_INFLAMMATORY).triggeredBy()).containsExactly("durationDays:90",
                    "ageAtOnset:39", "painLocations:BUTTOCK", "betterWith:MOVEMENT", "history:PSORIASIS");
            assertThat(rules(assess(mildLowBackAche().forDays(89).at(PainLocation.BUTTOCK)
                    .betterWith(Reliever.MOVEMENT).history(HistoryItem.PSORIASIS), 40)))
                    .doesNotContain(RuleCode.G_INFLAMMATORY);
        }

        @Test
        void theAgeAtOnsetIsTheAgeOnTheDayThePainBegan() {
            TestAnswers threeFeatures = mildLowBackAche().forDays(365).at(PainLocation.BUTTOCK)
                    .betterWith(Reliever.MOVEMENT).history(HistoryItem.PSORIASIS);
            // 45 today, but 44 a year ago when the pain began.
            assertThat(rules(assess(threeFeatures, 45))).contains(RuleCode.G_INFLAMMATORY);
            assertThat(rules(assess(threeFeatures, 46))).doesNotContain(RuleCode.G_INFLAMMATORY);
        }
    }

    @Nested
    @DisplayName("G-PAGET")
    class G_PAGET {

        @Test
        void twoOfHearingLossBowedLegsAndHeadachesWhateverTheLocation() {
            Assessment result = assess(mildLowBackAche().with(Symptom.HEARING_LOSS, Symptom.BOWED_LEGS), 60);

            assertThat(result.dispositionRules()).containsExactly(RuleCode.G_PAGET);
            assertThat(flag(result, RuleCode.G_PAGET).triggeredBy())
                    .containsExactly("symptoms:HEARING_LOSS", "symptoms:BOWED_LEGS");
            assertThat(rules(assess(mildLowBackAche().with(Symptom.HEADACHES), 60))).doesNotContain(RuleCode.G_PAGET);
        }
    }

    @Nested
    @DisplayName("G-WEIGHTLOSS")
    class G_WEIGHTLOSS {

        @Test
        void weightLossAloneUnderFiftyIsAGpReferral() {
            assertThat(assess(mildLowBackAche().yes(UNEXPLAINED_WEIGHT_LOSS), 49).dispositionRules())
                    .containsExactly(RuleCode.G_WEIGHTLOSS);
        }
    }

    @Nested
    @DisplayName("G-CONSTANT-NIGHT")
    class G_CONSTANT_NIGHT {

        @Test
        void nightPainAloneUnderFiftyIsAGpReferral() {
            assertThat(assess(mildLowBackAche().yes(CONSTANT_NIGHT_PAIN), 49).dispositionRules())
                    .containsExactly(RuleCode.G_CONSTANT_NIGHT);
        }
    }

    @Nested
    @DisplayName("G-INFECTION-RISK")
    class G_INFECTION_RISK {

        @Test
        void eitherRiskFactorAloneIsAGpReferral() {
            assertThat(assess(mildLowBackAche().yes(RECENT_INFECTION_OR_SPINAL_PROCEDURE), 30).dispositionRules())
                    .containsExactly(RuleCode.G_INFECTION_RISK);
            assertThat(flag(assess(mildLowBackAche().yes(IMMUNOSUPPRESSION_OR_IV_DRUG_USE,
                    RECENT_INFECTION_OR_SPINAL_PROCEDURE), 30), RuleCode.G_INFECTION_RISK).triggeredBy())
                    .containsExactly("safety:IMMUNOSUPPRESSION_OR_IV_DRUG_USE",
                            "safety:RECENT_INFECTION_OR_SPINAL_PROCEDURE");
        }
    }

    @Nested
    @DisplayName("G-FRAGILITY")
    class G_FRAGILITY {

        @Test
        void brittleBonesWithoutAFractureRuleAreAGpReferral() {
            assertThat(assess(mildLowBackAche().yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS), 40).dispositionRules())
                    .containsExactly(RuleCode.G_FRAGILITY);
            assertThat(rules(assess(mildLowBackAche().yes(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS)
                    .after(Trigger.FALL_OR_TRAUMA), 40))).doesNotContain(RuleCode.G_FRAGILITY);
        }

        @Test
        void aSuddenOnsetFromSeventyIsAGpReferral() {
            Assessment result = assess(mildLowBackAche().onset(Onset.SUDDEN), 70);

            assertThat(result.dispositionRules()).containsExactly(RuleCode.G_FRAGILITY);
            assertThat(flag(result, RuleCode.G_FRAGILITY).triggeredBy()).containsExactly("age:70", "onset:SUDDEN");
            assertThat(rules(assess(mildLowBackAche().onset(Onset.SUDDEN), 69))).doesNotContain(RuleCode.G_FRAGILITY);
        }
    }

    @Nested
    class PainSourceByItems {

        @Test
        void twoAnswersOfOneItemCountOnce() {
            // Worse standing and walking is one item: not yet a strong hip source.
            Assessment result = assess(mildLowBackAche().worseWith(Aggravator.STANDING, Aggravator.WALKING), 30);

            assertThat(result.painSource().source()).isEqualTo(PainSource.UNCLEAR);
            assertThat(result.painSource().evidence().get(PainSource.HIP))
                    .containsExactly("worseWith:STANDING", "worseWith:WALKING");
        }

        @Test
        void theStrongestSourceWinsUnlessAnotherStrongOneIsWithinOneItem() {
            TestAnswers lumbar = mildLowBackAche().with(Symptom.SHOOTING_PAIN_DOWN_LEG, Symptom.LEG_NUMBNESS_OR_TINGLING)
                    .at(PainLocation.BELOW_KNEE).worseWith(Aggravator.SITTING);
            assertThat(assess(lumbar, 30).painSource().source()).isEqualTo(PainSource.LUMBAR_SPINE);

            // Four lumbar items against two hip items: still the lower back.
            TestAnswers twoHipItems = lumbar.at(PainLocation.HIP).with(Symptom.LIMP);
            assertThat(assess(twoHipItems, 30).painSource().source()).isEqualTo(PainSource.LUMBAR_SPINE);

            // Three hip items are within one of four: mixed.
            assertThat(assess(twoHipItems.with(Symptom.GROIN_PAIN), 30).painSource().source()).isEqualTo(PainSource.MIXED);
        }

        @Test
        void theButtockAloneCountsForTheSacroiliacJoint() {
            Assessment result = assess(mildLowBackAche().at(PainLocation.BUTTOCK).worseWith(Aggravator.STAIRS), 30);

            assertThat(result.painSource().source()).isEqualTo(PainSource.SACROILIAC);
        }
    }

    @Nested
    class SafetyNetForLegSymptoms {

        @Test
        void everyNonEmergencyResultWithLegSymptomsCarriesIt() {
            for (TestAnswers leg : List.of(mildLowBackAche().with(Symptom.SHOOTING_PAIN_DOWN_LEG),
                    mildLowBackAche().with(Symptom.LEG_NUMBNESS_OR_TINGLING), mildLowBackAche().with(Symptom.LEG_OR_FOOT_WEAKNESS),
                    mildLowBackAche().at(PainLocation.BELOW_KNEE), mildLowBackAche().at(PainLocation.FOOT))) {
                Assessment result = assess(leg, 30);
                assertThat(result.safetyNet()).as(result.explanation().toString()).isNotNull();
                assertThat(result.safetyNet().triggeredBy()).hasSize(1);
                assertThat(result.explanation()).anyMatch(line -> line.startsWith("Safety-netting"));
            }
        }

        @Test
        void noOtherResultDoesAndNeitherDoesAnEmergency() {
            assertThat(assess(mildLowBackAche().at(PainLocation.THIGH, PainLocation.HIP), 30).safetyNet()).isNull();
            assertThat(assess(mildLowBackAche().with(Symptom.SHOOTING_PAIN_DOWN_LEG).yes(SADDLE_NUMBNESS), 30).safetyNet())
                    .isNull();
            assertThat(Ruleset.LBHP_1.assess(mildLowBackAche().with(Symptom.SHOOTING_PAIN_DOWN_LEG).build(),
                    TODAY.minusYears(30), TODAY).safetyNet()).as("lbhp-1 had no safety-netting").isNull();
        }
    }

    @Test
    void scoresPainSourceAndConditionsComeWithEveryDisposition() {
        Assessment emergency = assess(mildLowBackAche().yes(SADDLE_NUMBNESS).with(Symptom.SHOOTING_PAIN_DOWN_LEG)
                .at(PainLocation.BELOW_KNEE).startBack(new StartBack(List.of(true, true, true, true, true, true, true, true),
                        Bother.EXTREMELY)), 30);

        assertThat(emergency.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(emergency.startBack()).isNotNull();
        assertThat(emergency.painSource().source()).isEqualTo(PainSource.LUMBAR_SPINE);
        assertThat(emergency.conditions()).isNotEmpty();
        assertThat(emergency.consultationReasons()).isNotEmpty();
    }
}
