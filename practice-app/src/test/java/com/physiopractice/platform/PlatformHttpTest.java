package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What every client meets before any feature: health, docs, security headers and error answers. */
@PracticeIntegrationTest
class PlatformHttpTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = Api.on(port);
    }

    @Test
    void healthAndItsProbesArePublicAndUp() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Api.Response health = api.get(path);
            assertThat(health.status()).as(path).isEqualTo(200);
            assertThat(health.body().path("status").asString()).as(path).isEqualTo("UP");
        }
    }

    @Test
    void otherActuatorEndpointsNeedAnAdministrator() {
        assertProblem(api.get("/actuator/metrics"), 401, "unauthenticated");
        assertProblem(TestAccounts.newPatient(api).api(api).get("/actuator/metrics"), 403, "forbidden");
        assertThat(TestAccounts.admin(api).api(api).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void publishesTheOpenApiDocumentAndSwaggerUiOutsideProduction() throws java.io.IOException {
        Api.Response document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("paths").has("/api/v1/auth/register")).isTrue();
        assertThat(document.body().path("components").path("securitySchemes").has("bearer")).isTrue();
        JsonNode submitIntake = document.body().path("paths").path("/api/v1/triage/intakes").path("post");
        assertThat(submitIntake.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        assertThat(submitIntake.path("responses").path("401").path("content").path("application/problem+json")
                .path("examples").path("unauthenticated").path("value").path("type").asString())
                .endsWith("/problems/unauthenticated");
        // The refused intake form and the refused registration document their safety members.
        JsonNode schemas = document.body().path("components").path("schemas");
        assertThat(submitIntake.path("responses").path("400").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).endsWith("/IntakeFormProblem");
        assertThat(schemas.path("IntakeFormProblem").path("properties").has("safety")).isTrue();
        assertThat(schemas.path("IntakeFormProblem").path("properties").has("emergencyAdvice")).isTrue();
        assertThat(schemas.path("IntakeFormProblem").path("properties").has("errors")).isTrue();
        assertThat(document.body().path("paths").path("/api/v1/auth/register").path("post").path("responses").path("400")
                .path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .endsWith("/RegistrationProblem");
        assertThat(schemas.path("RegistrationProblem").path("properties").has("emergencyAdvice")).isTrue();
        assertThat(schemas.path("IntakeResponse").path("properties").has("safetyNet")).isTrue();
        assertThat(document.body().path("paths").path("/api/v1/triage/appointments/{appointmentId}/check-in")
                .has("post")).isTrue();
        assertThat(document.text()).doesNotContain("\"caller\"");
        // Kept for CI, which lints it with Spectral's OpenAPI rules (.spectral.yaml).
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document.text());
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Api.Response answer = api.post("/api/v1/auth/register", "{\"email\": \"someone@example.org\", ");

        assertProblem(answer, 400, "malformed-request");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        Api.Response answer = api.post("/api/v1/auth/register", Api.json("email", "someone@example.org",
                "password", TestAccounts.PASSWORD, "fullName", "Someone", "dateOfBirth", "15/06/1985",
                "timeZone", "Europe/Paris"));

        assertProblem(answer, 400, "validation");
        assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo("dateOfBirth");
    }

    @Test
    void anUnknownRouteNeedsSignInFirstThenIsNotFound() {
        assertProblem(api.get("/api/v1/no-such-thing"), 401, "unauthenticated");

        Api.Response signedIn = TestAccounts.newPatient(api).api(api).get("/api/v1/no-such-thing");

        assertProblem(signedIn, 404, "not-found");
        assertThat(signedIn.body().path("detail").asString()).doesNotContain("static resource");
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblemThatNamesTheAllowedOnes() {
        Api.Response answer = TestAccounts.newPatient(api).api(api).send("DELETE", "/api/v1/me", null, Map.of());

        assertProblem(answer, 405, "method-not-allowed");
        assertThat(answer.header("Allow")).contains("GET").contains("PATCH");
    }

    @Test
    void anOversizedBodyIsRefusedWhetherOrNotItDeclaresItsLength() {
        String huge = "{\"email\": \"" + "a".repeat(100_000) + "\"}";

        assertProblem(api.post("/api/v1/auth/register", huge), 413, "payload-too-large");
        assertProblem(api.postChunked("/api/v1/auth/register", huge), 413, "payload-too-large");
    }

    @Test
    void anOversizedFormOrAnyMultipartBodyIsRefusedBeforeTheServerReadsItAll() {
        String hugeForm = "email=" + "a".repeat(100_000);
        Api.Response form = api.send("POST", "/api/v1/auth/register",
                java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                        java.net.http.HttpRequest.BodyPublishers.ofString(hugeForm)),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertProblem(form, 413, "payload-too-large");

        String boundary = "practice-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "b".repeat(50_000) + "\r\n--" + boundary + "--\r\n";
        Api.Response upload = api.send("POST", "/api/v1/auth/register",
                java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                        java.net.http.HttpRequest.BodyPublishers.ofString(multipart)),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
        assertProblem(upload, 415, "unsupported-media-type");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPersonalDataIsNeverCached() {
        Api.Response me = TestAccounts.newPatient(api).api(api).get("/api/v1/me");

        assertThat(me.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(me.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(me.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(me.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(me.header("Cache-Control")).contains("no-store");
    }

    @Test
    void corsAllowsNoOriginThatIsNotConfigured() {
        Api.Response preflight = api.send("OPTIONS", "/api/v1/me", null,
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    static void assertProblem(Api.Response answer, int status, String typeSlug) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("type").asString()).isEqualTo("https://physio-practice.example/problems/" + typeSlug);
        assertThat(answer.body().path("status").asInt()).isEqualTo(status);
        assertThat(answer.body().path("title").asString()).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.springframework")
                .doesNotContain("com.physiopractice");
    }
}
