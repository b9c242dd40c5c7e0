package com.physiopractice.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Questionnaire lbhp-2 read exactly, and the safety rules screening what could be read of a bad form. */
class FormReaderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate THIRTY = TODAY.minusYears(30);

    /** A valid lbhp-2 form: a mild recent low back ache, every safety answer no. */
    static Map<String, Object> form() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("painLocations", new ArrayList<>(List.of("LOWER_BACK")));
        form.put("side", "CENTRAL");
        form.put("onset", "GRADUAL");
        form.put("durationDays", 4);
        form.put("painIntensity", 3);
        Map<String, Object> safety = new LinkedHashMap<>();
        for (SafetyQuestion question : SafetyQuestion.values()) {
            safety.put(question.name(), false);
        }
        form.put("safety", safety);
        return form;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> safety(Map<String, Object> form) {
        return (Map<String, Object>) form.get("safety");
    }

    static FormReader.Reading read(Object form) {
        return FormReader.read("lbhp-2", JSON.valueToTree(form));
    }

    static FormReader.Reading read(String json) {
        return FormReader.read("lbhp-2", JSON.readTree(json));
    }

    static List<String> badFields(FormReader.Reading reading) {
        return reading.problems().stream().map(FieldProblem::field).toList();
    }

    @Nested
    class InputMadeExact {

        @Test
        void aCompleteFormIsValidAndSetsMayBeAbsentNullOrEmptyWithDuplicatesCountedOnce() {
            Map<String, Object> form = form();
            form.put("painLocations", List.of("LOWER_BACK", "HIP", "HIP"));
            form.put("triggers", null);
            form.put("symptoms", List.of());

            FormReader.Reading reading = read(form);

            assertThat(reading.isValid()).as(reading.problems().toString()).isTrue();
            assertThat(reading.answers().painLocations()).containsExactlyInAnyOrder(PainLocation.LOWER_BACK, PainLocation.HIP);
            assertThat(reading.answers().triggers()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"41.5", "7.0", "1e1", "\"7\"", "true", "-1", "11", "99999999999"})
        void theIntensityIsAJsonIntegerFromZeroToTenAndNeverRounded(String written) {
            String json = JSON.writeValueAsString(form()).replace("\"painIntensity\":3", "\"painIntensity\":" + written);

            assertThat(badFields(read(json))).containsExactly("painIntensity");
        }

        @Test
        void theDurationAndOdiEntriesAreJsonIntegersToo() {
            String json = JSON.writeValueAsString(form()).replace("\"durationDays\":4", "\"durationDays\":41.5")
                    .replace("\"painIntensity\":3", "\"painIntensity\":3,\"odi\":[1,2,3,4,5,0,1,2,2.5,null]");

            assertThat(badFields(read(json))).containsExactlyInAnyOrder("durationDays", "odi[8]");
        }

        @Test
        void noneWithAnotherTriggerIsABadField() {
            Map<String, Object> form = form();
            form.put("triggers", List.of("NONE", "LIFTING"));

            assertThat(badFields(read(form))).containsExactly("triggers");
            form.put("triggers", List.of("NONE"));
            assertThat(read(form).answers().triggers()).containsExactly(Trigger.NONE);
        }

        @Test
        void startBackHasEightTrueOrFalseAgreementsAndABothersomenessAndOdiHasTenEntries() {
            Map<String, Object> form = form();
            form.put("startBack", Map.of("agrees", List.of(true, false, true, false, true, false, true),
                    "bothersomeness", "SLIGHTLY"));
            form.put("odi", Arrays.asList(1, 2, 3, 4, 5, 0, 1, 2, 3));
            assertThat(badFields(read(form))).containsExactlyInAnyOrder("startBack.agrees", "odi");

            form.put("startBack", Map.of("agrees", List.of(true, false, true, false, true, false, true, "yes")));
            form.put("odi", null);
            assertThat(badFields(read(form))).containsExactlyInAnyOrder("startBack.agrees[7]", "startBack.bothersomeness");

            form.put("startBack", null);
            assertThat(read(form).isValid()).isTrue();
        }

        @Test
        void everyRequiredAnswerIsNamedWhenMissingAndAnUnknownFieldIsRefused() {
            FormReader.Reading reading = read(Map.of("mood", "fine"));

            assertThat(badFields(reading)).containsExactlyInAnyOrder("mood", "painLocations", "side", "onset",
                    "durationDays", "painIntensity", "safety");
            assertThat(reading.known().safetySectionComplete()).isFalse();
        }

        @Test
        void aSafetyAnswerIsTrueOrFalseOnly() {
            Map<String, Object> form = form();
            safety(form).put("SADDLE_NUMBNESS", "no");
            safety(form).put("FEELING_FINE", true);
            safety(form).remove("FEVER_OR_CHILLS");

            FormReader.Reading reading = read(form);

            assertThat(badFields(reading)).containsExactlyInAnyOrder("safety.SADDLE_NUMBNESS", "safety.FEELING_FINE",
                    "safety.FEVER_OR_CHILLS");
            assertThat(reading.known().safetySectionComplete()).isFalse();
            assertThat(reading.known().safety()).hasSize(14);
        }

        @Test
        void aFormOfAnotherQuestionnaireVersionIsRefused() {
            Map<String, Object> form = form();
            form.put("questionnaireVersion", "lbhp-1");

            assertThat(badFields(read(form))).containsExactly("questionnaireVersion");
            form.put("questionnaireVersion", "lbhp-2");
            assertThat(read(form).isValid()).isTrue();
        }

        @Test
        void aBodyThatIsNotAnObjectCanBeReadForNothing() {
            FormReader.Reading reading = read("[1, 2]");

            assertThat(badFields(reading)).containsExactly("body");
            assertThat(reading.known().safety()).isEmpty();
        }
    }

    @Nested
    class SafetyBeforeValidation {

        static Optional<SafetyFinding> screen(Map<String, Object> form) {
            FormReader.Reading reading = read(form);
            assertThat(reading.isValid()).as("the form must be invalid for this test").isFalse();
            return Ruleset.LBHP_2.screen(reading.known(), THIRTY, TODAY);
        }

        @Test
        void saddleNumbnessWithAnIntensityOfElevenIsStillAnEmergency() {
            Map<String, Object> form = form();
            safety(form).put("SADDLE_NUMBNESS", true);
            form.put("painIntensity", 11);

            SafetyFinding finding = screen(form).orElseThrow();

            assertThat(finding.disposition()).isEqualTo(Disposition.EMERGENCY);
            assertThat(finding.rules()).containsExactly(RuleCode.E_CES);
        }

        @Test
        void anEmergencySignCountsEvenWhenOtherSafetyAnswersAreMissing() {
            Map<String, Object> form = form();
            form.put("safety", Map.of("BLADDER_OR_BOWEL_CHANGE", true));

            assertThat(screen(form).orElseThrow().rules()).containsExactly(RuleCode.E_CES);
        }

        @Test
        void aBadEntryInASetLeavesItsValidCodesCounting() {
            Map<String, Object> form = form();
            form.put("side", "BOTH");
            form.put("symptoms", List.of("SHOOTING_PAIN_DOWN_LEG", "ACHES_ALL_OVER"));

            SafetyFinding finding = screen(form).orElseThrow();

            assertThat(finding.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(finding.rules()).containsExactly(RuleCode.U_CES_RISK);
        }

        @Test
        void anAlternativeWhoseOwnAnswerIsBadDoesNotCount() {
            Map<String, Object> form = form();
            form.put("side", "BOTH_SIDES");
            form.put("symptoms", List.of("SHOOTING_PAIN_DOWN_LEG"));

            assertThat(screen(form)).isEmpty();
        }

        @Test
        void notBeingAbleToBearWeightIsUrgentWhenTheTriggersCannotBeRead() {
            Map<String, Object> form = form();
            safety(form).put("UNABLE_TO_BEAR_WEIGHT", true);
            form.put("triggers", List.of("FALL_OR_TRAUMA", "NONE"));

            SafetyFinding finding = screen(form).orElseThrow();

            assertThat(finding.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(finding.rules()).containsExactly(RuleCode.U_WEIGHTBEARING);
        }

        @Test
        void aGpReferralSignAloneIsNoSafetyFinding() {
            Map<String, Object> form = form();
            safety(form).put("CONSTANT_NIGHT_PAIN", true);
            form.put("painIntensity", 11);

            assertThat(screen(form)).isEmpty();
        }

        @Test
        void lbhp1ScreensNothing() {
            Map<String, Object> form = form();
            safety(form).put("SADDLE_NUMBNESS", true);
            form.put("painIntensity", 11);
            JsonNode json = JSON.valueToTree(form);

            FormReader.Reading reading = FormReader.read("lbhp-1", json);

            assertThat(badFields(reading)).containsExactly("painIntensity");
            assertThat(Ruleset.LBHP_1.screen(reading.known(), THIRTY, TODAY)).isEmpty();
            assertThat(Ruleset.LBHP_1.screensBeforeValidation()).isFalse();
        }
    }
}
