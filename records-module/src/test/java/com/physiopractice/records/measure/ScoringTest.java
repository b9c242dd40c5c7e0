package com.physiopractice.records.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.records.Instrument;
import com.physiopractice.records.OutcomeMeasures.Occasion;
import com.physiopractice.records.OutcomeMeasures.Point;
import com.physiopractice.records.OutcomeMeasures.Trend;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each instrument's worked example, and the MCID judgement of a change. */
class ScoringTest {

    @Test
    void nprsIsTheNumberChosen() {
        assertThat(Scoring.score(Instrument.NPRS, Map.of("pain", "4"), List.of()).score()).isEqualTo(4.0);
        assertThat(problems(Instrument.NPRS, Map.of("pain", "11"))).containsExactly("pain");
    }

    @Test
    void psfsIsTheMeanOfTheRatedActivities() {
        Scoring.Scored scored = Scoring.score(Instrument.PSFS, Map.of("psfs[0].activity", "Walking the dog", "psfs[0].score", "2",
                "psfs[1].activity", "Gardening", "psfs[1].score", "3", "psfs[2].activity", "Driving", "psfs[2].score", "6"),
                List.of());
        // (2 + 3 + 6) / 3 = 3.67, kept to one decimal
        assertThat(scored.score()).isEqualTo(3.7);
        assertThat(scored.interpretation()).isEqualTo("Walking the dog; Gardening; Driving");
        assertThat(problems(Instrument.PSFS, Map.of("psfs[0].score", "5"))).containsExactly("psfs[0].activity");
    }

    @Test
    void aLaterPsfsRatesTheFirstOnesActivities() {
        Scoring.Scored scored = Scoring.score(Instrument.PSFS, Map.of("psfs[0].score", "7", "psfs[1].score", "8"),
                List.of("Walking the dog", "Gardening"));
        assertThat(scored.score()).isEqualTo(7.5);
        assertThat(scored.answers()).containsEntry("psfs[1].activity", "Gardening");
    }

    @Test
    void odiIsScoredByTriagesScorerOverTheAnsweredSections() {
        Map<String, String> answers = new HashMap<>();
        int[] sections = {3, 2, 3, 2, 2, 3, 2, -1, 2, 3};
        for (int i = 0; i < sections.length; i++) {
            if (sections[i] >= 0) {
                answers.put("odi[" + i + "]", Integer.toString(sections[i]));
            }
        }
        Scoring.Scored scored = Scoring.score(Instrument.ODI, answers, List.of());
        assertThat(scored.score()).isEqualTo(49.0);
        assertThat(scored.interpretation()).isEqualTo("SEVERE");
        answers.remove("odi[0]");
        assertThat(problems(Instrument.ODI, answers)).containsExactly("odi");
    }

    @Test
    void startBackCountsAgreementsAndBothersomeness() {
        Map<String, String> answers = new HashMap<>();
        // agree with items 1, 2, 5, 6, 7 and 8; the pain bothers very much: total 7, psychosocial 5 → high risk
        boolean[] agree = {true, true, false, false, true, true, true, true};
        for (int i = 0; i < agree.length; i++) {
            answers.put("startBack.agrees[" + i + "]", Boolean.toString(agree[i]));
        }
        answers.put("startBack.bothersomeness", "VERY_MUCH");
        Scoring.Scored scored = Scoring.score(Instrument.STARTBACK, answers, List.of());
        assertThat(scored.score()).isEqualTo(7.0);
        assertThat(scored.interpretation()).isEqualTo("HIGH risk (psychosocial 5)");
    }

    @Test
    void lefsAddsTwentyItemsAndNamesEveryOneMissing() {
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < Scoring.LEFS_ITEMS; i++) {
            answers.put("lefs[" + i + "]", i < 10 ? "2" : "3");
        }
        assertThat(Scoring.score(Instrument.LEFS, answers, List.of()).score()).isEqualTo(50.0);
        answers.remove("lefs[4]");
        answers.put("lefs[7]", "5");
        answers.put("unknown", "1");
        assertThat(problems(Instrument.LEFS, answers)).containsExactlyInAnyOrder("unknown", "lefs[4]", "lefs[7]");
    }

    @Test
    void aChangeIsJudgedAgainstTheMcidInTheDirectionTheScaleImproves() {
        Instant t = Instant.parse("2027-01-01T10:00:00Z");
        Trend odi = Trend.of(Instrument.ODI, List.of(new Point(t, 40, Occasion.FIRST_CONSULTATION),
                new Point(t.plusSeconds(86400), 30, Occasion.REVIEW)));
        assertThat(odi.improvement()).isEqualTo(10.0);
        assertThat(odi.reachesMcid()).isTrue();
        Trend lefs = Trend.of(Instrument.LEFS, List.of(new Point(t, 40, Occasion.FIRST_CONSULTATION),
                new Point(t.plusSeconds(86400), 48, Occasion.REVIEW)));
        assertThat(lefs.improvement()).as("8 points up, short of 9").isEqualTo(8.0);
        assertThat(lefs.reachesMcid()).isFalse();
        Trend worse = Trend.of(Instrument.NPRS, List.of(new Point(t, 3, Occasion.FIRST_CONSULTATION),
                new Point(t.plusSeconds(86400), 6, Occasion.REVIEW)));
        assertThat(worse.improvement()).isEqualTo(-3.0);
        assertThat(worse.reachesMcid()).as("a worsening is not an important improvement").isFalse();
        assertThat(Trend.of(Instrument.STARTBACK, List.of(new Point(t, 7, Occasion.FIRST_CONSULTATION),
                new Point(t, 1, Occasion.REVIEW))).reachesMcid()).as("STarT Back has no MCID").isFalse();
    }

    private static List<String> problems(Instrument instrument, Map<String, String> answers) {
        try {
            Scoring.score(instrument, answers, List.of());
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(FieldProblem::field).toList();
        }
        throw new AssertionError("the answers were accepted: " + answers);
    }
}
