package com.physiopractice.people.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.physiopractice.people.person.PersonName;
import com.physiopractice.people.person.PhoneNumber;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // 02:00 UTC on 1 Dec is still 30 Nov in New York.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void registersAnAdultWithNormalizedDetails() {
        Patient patient = Patient.register(PatientId.random(), "  Sam Rivera ", LocalDate.of(1980, 5, 17),
                NEW_YORK, "+1 (212) 555-0100", CLOCK);

        assertThat(patient.fullName()).isEqualTo("Sam Rivera");
        assertThat(patient.phone()).isEqualTo("+12125550100");
        assertThat(patient.registeredAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void refusesSomeoneWhoTurnsEighteenTomorrowInTheirOwnTimeZone() {
        // In New York it is 30 Nov 2026; the 18th birthday is 1 Dec.
        LocalDate birthday = LocalDate.of(2008, 12, 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Patient.register(PatientId.random(), "Teen", birthday, NEW_YORK, null, CLOCK))
                .withMessageContaining("adults only");
        assertThat(Patient.register(PatientId.random(), "Adult", birthday, ZoneOffset.UTC, null, CLOCK)
                .ageOn(LocalDate.of(2026, 12, 1))).isEqualTo(18);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThatIllegalArgumentException().isThrownBy(() -> Patient.register(PatientId.random(), "Future",
                LocalDate.of(2030, 1, 1), NEW_YORK, null, CLOCK));
    }

    @Test
    void countsAgeInWholeYearsOnTheGivenDate() {
        Patient patient = Patient.register(PatientId.random(), "Lee", LocalDate.of(1976, 12, 2), NEW_YORK, null,
                CLOCK);

        assertThat(patient.ageOn(LocalDate.of(2026, 12, 1))).isEqualTo(49);
        assertThat(patient.ageOn(LocalDate.of(2026, 12, 2))).isEqualTo(50);
    }

    @Test
    void refusesPhoneNumbersThatCannotBeDialled() {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.normalize("call me"));
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.normalize("12345"));
        assertThat(PhoneNumber.normalize("  ")).isNull();
    }

    @Test
    void refusesNamesWithControlFormatOrBidiOverrideCharacters() {
        for (String disguised : java.util.List.of("Olivia\rPatel", "Olivia\nPatel", "Olivia\tPatel",
                "Dr. \u202EletaP", "Olivia\u2066Patel", "Oli\u200Bvia", "Olivia\u2028Patel", "Olivia\uD800")) {
            assertThatIllegalArgumentException().as(disguised).isThrownBy(() -> PersonName.require(disguised));
        }
        assertThat(PersonName.require("Zoë O'Brien-Łukasiewicz")).isEqualTo("Zoë O'Brien-Łukasiewicz");
        assertThat(PersonName.require("\u0645\u06CC\u200C\u0631\u0627")).as("Persian, with a zero-width non-joiner")
                .hasSize(5);
        assertThat(PersonName.require("李小龍")).isEqualTo("李小龍");
    }

    @Test
    void refusesBlankOrOverlongNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.require(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.require("x".repeat(201)));
    }
}
