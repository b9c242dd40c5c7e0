package com.physiopractice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A therapist with weekly hours, and patients with a usable intake, made through the API. */
public final class BookingFixture {

    public static final String APPOINTMENTS = "/api/v1/booking/appointments";

    private BookingFixture() {
    }

    /** A patient holding a SELF_CARE intake, ready to book. */
    public record Booker(SignedIn patient, String intakeId) {

        public Api api(Api anonymous) {
            return patient.api(anonymous);
        }

        /** The same patient, signed in again (after the clock moved). */
        public Booker again(Api anonymous) {
            return new Booker(patient.again(anonymous), intakeId);
        }
    }

    /** A new therapist in {@code zone} working {@code start}–{@code end} every day of the week. */
    public static SignedIn therapistWorking(Api api, String zone, String start, String end) {
        SignedIn therapist = TestAccounts.newTherapist(api, zone);
        List<Map<String, String>> periods = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            periods.add(Map.of("day", day, "start", start, "end", end));
        }
        Api.Response hours = therapist.api(api).send("PUT", "/api/v1/booking/therapists/" + therapist.therapistId()
                + "/weekly-hours", Map.of("periods", periods), Map.of());
        assertThat(hours.status()).as(hours.toString()).isEqualTo(200);
        return therapist;
    }

    public static Booker booker(Api api) {
        return booker(api, IntakeForms.giving("SELF_CARE"));
    }

    public static Booker booker(Api api, Map<String, Object> intakeForm) {
        SignedIn patient = TestAccounts.newPatient(api);
        Api.Response intake = patient.api(api).post("/api/v1/triage/intakes", intakeForm);
        assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
        return new Booker(patient, intake.body().path("id").asString());
    }

    public static JsonNode slots(Api api, SignedIn therapist, String type, LocalDate from, LocalDate to, String zone) {
        Api.Response slots = api.get("/api/v1/booking/slots?therapistId=" + therapist.therapistId() + "&type=" + type
                + "&from=" + from + "&to=" + to + "&timeZone=" + zone);
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        return slots.body();
    }

    public static Map<String, Object> bookingOf(SignedIn therapist, String type, String start, Booker booker) {
        return Map.of("therapistId", therapist.therapistId(), "type", type, "start", start, "intakeId", booker.intakeId());
    }

    public static Api.Response book(Api api, SignedIn therapist, String type, String start, Booker booker) {
        return booker.api(api).post(APPOINTMENTS, bookingOf(therapist, type, start, booker));
    }
}
