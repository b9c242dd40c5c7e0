package com.physiopractice.content.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchExpansionTest {

    @Test
    void twoLetterSiBecomesTheWordTheIndexKnows() {
        assertThat(SearchExpansion.expand("SI joint")).contains("sacroiliac");
    }

    @Test
    void laySynonymsForAHerniatedDisc() {
        assertThat(SearchExpansion.expand("slipped disc")).contains("herniated");
        assertThat(SearchExpansion.expand("Bulging disk?")).contains("herniated", "disc");
    }

    @Test
    void sciaticaLeadsToTheNerveAndDiscPieces() {
        assertThat(SearchExpansion.expand("sciatica")).contains("sciatica", "herniated");
    }

    @Test
    void onlyWholePhrasesExpandAndPunctuationIsDropped() {
        assertThat(SearchExpansion.expand("basis")).isEqualTo("basis");
        assertThat(SearchExpansion.expand("hip +pain* (\"worse\")")).isEqualTo("hip pain worse");
    }
}
