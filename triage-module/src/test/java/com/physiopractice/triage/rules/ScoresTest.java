package com.physiopractice.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.physiopractice.triage.rules.AnswerCode.Bother;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoresTest {

    @ParameterizedTest(name = "{0} {1} -> total {2}, psychosocial {3}, {4}")
    @CsvSource({
            "00000000, NOT_AT_ALL, 0, 0, LOW",
            "11100000, MODERATELY, 3, 0, LOW",
            "11100000, VERY_MUCH, 4, 1, MEDIUM",
            "11110000, EXTREMELY, 5, 1, MEDIUM",
            "00001110, VERY_MUCH, 4, 4, HIGH",
            "00001111, SLIGHTLY, 4, 4, HIGH",
            "11101110, MODERATELY, 6, 3, MEDIUM",
            "11111111, EXTREMELY, 9, 5, HIGH"})
    void startBackCountsItemsOneToEightAndOnePointForAVeryBothersomePain(String agrees, Bother bother, int total,
            int psychosocial, StartBack.Risk risk) {
        StartBack.Score score = Lbhp1RulesetTest.startBack(agrees, bother).score();

        assertThat(score).isEqualTo(new StartBack.Score(total, psychosocial, risk));
    }

    @Test
    void startBackNeedsEightAgreeOrDisagreeItems() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StartBack(List.of(true, false), Bother.SLIGHTLY));
    }

    @Test
    void odiIsTheSumOverFiveTimesTheSectionsAnswered() {
        Oswestry all = new Oswestry(List.of(2, 3, 1, 0, 4, 2, 1, 0, 3, 1));

        assertThat(all.score().orElseThrow()).isEqualTo(new Oswestry.Score(34, Oswestry.Band.MODERATE, 10));
    }

    @Test
    void odiWithOneSectionUnansweredDividesByNineSections() {
        Oswestry nine = new Oswestry(Arrays.asList(5, 5, 5, 5, 5, 5, 5, 5, 4, null));

        // 44 / 45 = 97.8 %
        assertThat(nine.score().orElseThrow()).isEqualTo(new Oswestry.Score(98, Oswestry.Band.BED_BOUND, 9));
    }

    @Test
    void odiIsNotScoredWithFewerThanNineSectionsAnswered() {
        assertThat(new Oswestry(Arrays.asList(5, 5, 5, 5, 5, 5, 5, 5, null, null)).score()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, MINIMAL", "20, MINIMAL", "21, MODERATE", "40, MODERATE", "41, SEVERE", "60, SEVERE",
            "61, CRIPPLING", "80, CRIPPLING", "81, BED_BOUND", "100, BED_BOUND"})
    void odiBandsFollowTheManual(int percent, Oswestry.Band band) {
        assertThat(Oswestry.band(percent)).isEqualTo(band);
    }

    @Test
    void odiSectionsAreScoredZeroToFive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Oswestry(List.of(6, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    }
}
