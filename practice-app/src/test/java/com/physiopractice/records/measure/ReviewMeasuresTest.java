package com.physiopractice.records.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.records.RecordsFixture;
import com.physiopractice.records.RecordsFixture.Treated;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.JobLocks;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Review measures come every 4 weeks (the default) after the last ones, and again at discharge. */
@PracticeIntegrationTest
class ReviewMeasuresTest {

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ReviewMeasuresJob reviews;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void reviewMeasuresAreAskedFourWeeksAfterTheFirstOnesAndAtDischarge() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        Treated treated = RecordsFixture.treated(api, therapist, "2027-01-13T10:00:00Z");

        clock.advance(Duration.ofDays(27));
        askDue();
        assertThat(occasions(api, therapist.again(api), treated.episode())).doesNotContain("REVIEW");
        // A minute past the four weeks: Connector/J stores times to the second against MariaDB, rounded.
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        askDue();
        askDue();
        SignedIn her = therapist.again(api);
        assertThat(occasions(api, her, treated.episode()).stream().filter("REVIEW"::equals)).as("one set, once").hasSize(4);

        Api.Response discharged = her.api(api).post("/api/v1/records/episodes/" + treated.episode() + "/discharge",
                Map.of("summary", "Back to work without pain; keeps up the bridges twice a week."));
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        assertThat(occasions(api, her, treated.episode()).stream().filter("DISCHARGE"::equals)).hasSize(4);
        assertThat(her.api(api).post("/api/v1/records/episodes/" + treated.episode() + "/notes",
                Map.of("kind", "FOLLOW_UP")).status()).as("a discharged episode takes no note").isEqualTo(409);
        clock.advance(Duration.ofDays(60));
        askDue();
        assertThat(occasions(api, therapist.again(api), treated.episode()).stream().filter("REVIEW"::equals))
                .as("none after discharge").hasSize(4);
    }

    private void askDue() {
        JobLocks.releaseLeftOvers(jdbc);
        reviews.askDue();
    }

    private static List<String> occasions(Api api, SignedIn therapist, String episode) {
        Api.Response listed = therapist.api(api).get("/api/v1/records/episodes/" + episode + "/measures");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode measures = listed.body();
        List<String> occasions = new ArrayList<>();
        measures.path("measures").forEach(measure -> occasions.add(measure.path("occasion").asString()));
        return occasions;
    }
}
