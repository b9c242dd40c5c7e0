package com.physiopractice.records;

import static com.physiopractice.testing.BookingFixture.book;
import static com.physiopractice.testing.BookingFixture.booker;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.util.Map;

/** A patient with an episode of care opened at a booked initial consultation, through the public API. */
public final class RecordsFixture {

    private RecordsFixture() {
    }

    /** @param episode the id of her episode */
    public record Treated(Booker patient, String appointment, String episode) {
    }

    public static Treated treated(Api api, SignedIn therapist, String start) {
        Booker patient = booker(api);
        Api.Response booked = book(api, therapist, "INITIAL_CONSULTATION", start, patient);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String appointment = booked.body().path("id").asString();
        Api.Response opened = therapist.api(api).post("/api/v1/records/patients/" + patient.patient().patientId()
                + "/episodes", Map.of("firstConsultation", appointment, "problem", "Low back pain", "region", "LOWER_BACK"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return new Treated(patient, appointment, opened.body().path("id").asString());
    }
}
