package com.physiopractice.content.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void twoLetterSiBecomesTheWordTheIndexKnows() {
        assertThat(SearchTerms.expand("SI joint")).contains("sacroiliac");
    }

    @Test
    void laySynonymsForAHerniatedDisc() {
        assertThat(SearchTerms.expand("slipped disc")).contains("herniated");
        assertThat(SearchTerms.expand("Bulging disk?")).contains("herniated", "disc");
    }

    @Test
    void sciaticaLeadsToTheNerveAndDiscPieces() {
        assertThat(SearchTerms.expand("sciatica")).contains("sciatica", "herniated");
    }

    @Test
    void onlyWholePhrasesExpandAndPunctuationIsDropped() {
        assertThat(SearchTerms.expand("basis")).isEqualTo("basis");
        assertThat(SearchTerms.expand("hip +pain* (\"worse\")")).isEqualTo("hip pain worse");
    }
}
