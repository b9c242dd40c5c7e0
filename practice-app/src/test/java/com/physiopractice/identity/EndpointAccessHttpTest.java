package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Roles are decided before anything reads the request: a caller without the role gets 403 from an
 * endpoint whatever the body, never what is wrong with it (which would tell her the endpoint's form).
 */
@PracticeIntegrationTest
class EndpointAccessHttpTest {

    /** A body no endpoint accepts: the wrong fields, the wrong types, and not even JSON at the end. */
    private static final String NONSENSE = "{\"email\": 42, \"periods\": \"none\", \"type\": [1, 2";

    @LocalServerPort
    int port;

    Api api;
    SignedIn patient;
    SignedIn therapist;
    SignedIn admin;

    record Call(String method, String path) {
    }

    @BeforeEach
    void everyRole() {
        api = Api.on(port);
        patient = TestAccounts.newPatient(api);
        therapist = TestAccounts.newTherapist(api, "America/New_York");
        admin = TestAccounts.admin(api);
    }

    private static String any() {
        return UUID.randomUUID().toString();
    }

    private List<Call> administrators() {
        return List.of(new Call("POST", "/api/v1/admin/therapists"),
                new Call("POST", "/api/v1/admin/accounts/" + any() + "/disable"),
                new Call("POST", "/api/v1/admin/administrators"),
                new Call("GET", "/api/v1/admin/therapists/" + therapist.therapistId() + "/upcoming-appointments"),
                new Call("GET", "/api/v1/audit-events?size=1000"),
                new Call("GET", "/api/v1/admin/notifications/pending"),
                new Call("POST", "/api/v1/admin/notifications/resubmit"));
    }

    private List<Call> therapists() {
        return List.of(new Call("POST", "/api/v1/triage/intakes/" + any() + "/review"),
                new Call("POST", "/api/v1/content/items"),
                new Call("PUT", "/api/v1/content/items/" + any()),
                new Call("GET", "/api/v1/content/review-due?withinDays=9999"),
                new Call("POST", "/api/v1/booking/appointments/" + any() + "/complete"),
                new Call("POST", "/api/v1/booking/appointments/" + any() + "/no-show"),
                new Call("PUT", "/api/v1/booking/therapists/" + therapist.therapistId() + "/weekly-hours"),
                new Call("POST", "/api/v1/booking/therapists/" + therapist.therapistId() + "/time-off"),
                new Call("POST", "/api/v1/booking/therapists/" + therapist.therapistId() + "/calendar-feed"));
    }

    private List<Call> patients() {
        return List.of(new Call("POST", "/api/v1/booking/appointments"),
                new Call("POST", "/api/v1/triage/intakes"),
                new Call("GET", "/api/v1/content/recommendations?intakeId=not-an-id"));
    }

    private void assertRefused(SignedIn caller, List<Call> calls) {
        for (Call call : calls) {
            Api.Response answer = caller.api(api).send(call.method(), call.path(), NONSENSE, Map.of());
            assertThat(answer.status()).as("%s %s by %s: %s", call.method(), call.path(),
                    caller.profile().path("role").asString(), answer).isEqualTo(403);
            assertThat(answer.body().path("type").asString()).endsWith("/problems/forbidden");
        }
    }

    @Test
    void aPatientIsRefusedEveryAdministratorsAndTherapistsEndpointWhateverTheBody() {
        assertRefused(patient, administrators());
        assertRefused(patient, therapists());
    }

    @Test
    void aTherapistIsRefusedTheAdministratorsAndThePatientsEndpointsAndAnotherTherapistsOwn() {
        assertRefused(therapist, administrators());
        assertRefused(therapist, patients());
        SignedIn colleague = TestAccounts.newTherapist(api, "Europe/London");
        assertRefused(colleague, List.of(
                new Call("PUT", "/api/v1/booking/therapists/" + therapist.therapistId() + "/weekly-hours"),
                new Call("GET", "/api/v1/booking/therapists/" + therapist.therapistId() + "/time-off")));
    }

    @Test
    void anAdministratorIsRefusedThePatientsAndTherapistsEndpoints() {
        assertRefused(admin, patients());
        assertRefused(admin, therapists());
    }

    @Test
    void withoutSigningInEveryOneOfThemAsksForSignInFirst() {
        for (Call call : List.of(administrators(), therapists(), patients()).stream().flatMap(List::stream).toList()) {
            assertThat(api.send(call.method(), call.path(), NONSENSE, Map.of()).status())
                    .as("%s %s", call.method(), call.path()).isEqualTo(401);
        }
    }
}
