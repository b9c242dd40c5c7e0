package com.physiopractice.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingLevelTest {

    @Test
    void shortPlainSentencesScoreALowGrade() {
        assertThat(ReadingLevel.grade("Lie on your back. Bend your knees. Lift one knee. Hold it. Let go.")).isLessThan(3);
    }

    @Test
    void longSentencesWithLongWordsScoreAHighGrade() {
        double grade = ReadingLevel.grade("Osteoarthritis characteristically precipitates progressive degeneration of "
                + "articular cartilage, consequently intensifying intervertebral compression and neurological irritation.");
        assertThat(grade).isGreaterThan(16);
    }

    @Test
    void matchesTheFleschKincaidFormulaOnAKnownSentence() {
        // 8 words, 1 sentence, 9 syllables (pleasure: 2): 0.39*8 + 11.8*9/8 - 15.59 = 0.805
        assertThat(ReadingLevel.grade("The cat sat on the mat with pleasure.")).isEqualTo(0.8);
    }

    @Test
    void blocksWithoutFullStopsCountAsSentences() {
        assertThat(ReadingLevel.grade("Rest\nMove gently\nUse heat")).isEqualTo(ReadingLevel.grade("Rest. Move gently. Use heat."));
    }

    @Test
    void syllablesFollowTheVowelGroupRule() {
        assertThat(ReadingLevel.syllables("stretch")).isEqualTo(1);
        assertThat(ReadingLevel.syllables("gentle")).isEqualTo(2);
        assertThat(ReadingLevel.syllables("move")).isEqualTo(1);
        assertThat(ReadingLevel.syllables("physiotherapy")).isEqualTo(5);
        assertThat(ReadingLevel.grade("")).isZero();
    }
}
