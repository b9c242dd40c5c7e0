package com.physiopractice.fhir.r4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.sharedkernel.problems.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FHIR's date search prefixes, as the Slot and Appointment searches read them. */
class SearchDatesTest {

    @Test
    void geAndLtMakeAHalfOpenRangeOfWholeUtcDays() {
        SearchDates range = SearchDates.parse("start", List.of("ge2027-01-04", "lt2027-01-06"));

        assertThat(range.from()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
        assertThat(range.until()).isEqualTo(Instant.parse("2027-01-06T00:00:00Z"));
        assertThat(range.contains(Instant.parse("2027-01-05T23:59:59Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2027-01-06T00:00:00Z"))).isFalse();
        assertThat(range.contains(Instant.parse("2027-01-03T23:59:59Z"))).isFalse();
    }

    @Test
    void gtAndLeExcludeAndIncludeTheWholeDayNamedAndADateAloneIsThatDay() {
        SearchDates range = SearchDates.parse("date", List.of("gt2027-01-04", "le2027-01-05"));
        assertThat(range.from()).isEqualTo(Instant.parse("2027-01-05T00:00:00Z"));
        assertThat(range.until()).isEqualTo(Instant.parse("2027-01-06T00:00:00Z"));

        SearchDates day = SearchDates.parse("date", List.of("2027-01-04"));
        assertThat(day).isEqualTo(SearchDates.parse("date", List.of("eq2027-01-04")));
        assertThat(day.contains(Instant.parse("2027-01-04T12:00:00Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2027-01-05T00:00:00Z"))).isFalse();
    }

    @Test
    void aDateAndTimeWithItsOffsetIsThatInstant() {
        SearchDates range = SearchDates.parse("start", List.of("ge2027-01-04T09:00:00+01:00"));
        assertThat(range.from()).isEqualTo(Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(range.until()).isNull();
        assertThat(SearchDates.parse("start", null)).isEqualTo(new SearchDates(null, null));
    }

    @Test
    void anUnknownPrefixOrANonDateIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> SearchDates.parse("start", List.of("sa2027-01-04")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("start");
        assertThatThrownBy(() -> SearchDates.parse("date", List.of("ge2027-13-45")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchDates.parse("date", List.of("geyesterday")))
                .isInstanceOf(InvalidInputException.class);
    }
}
