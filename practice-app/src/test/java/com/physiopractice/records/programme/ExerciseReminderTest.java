package com.physiopractice.records.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.records.RecordsFixture;
import com.physiopractice.records.RecordsFixture.Treated;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.JobLocks;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Her daily reminder comes once a day, after the time she chose in her own zone, through the outbox. */
@PracticeIntegrationTest
class ExerciseReminderTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ExerciseReminderJob reminders;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReminderIsSentOnceADayAfterHerChosenTime() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        Treated treated = RecordsFixture.treated(api, therapist, "2027-01-13T10:00:00Z");
        Api.Response set = therapist.api(api).send("PUT", "/api/v1/records/episodes/" + treated.episode() + "/programme",
                Map.of("exercises", List.of(Map.of("card", "glute-bridge", "sets", 2, "repetitions", 10, "holdSeconds", 5,
                        "timesPerDay", 1, "daysPerWeek", 7, "startsOn", "2027-01-12"))), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        String programme = set.body().path("id").asString();
        String email = treated.patient().patient().email();
        // Her zone is Chicago: 18:30 there on the 12th is 00:30 UTC on the 13th.
        Api.Response chosen = treated.patient().api(api).send("PUT", "/api/v1/records/programmes/" + programme + "/reminder",
                Map.of("time", "18:30"), Map.of());
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);

        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-13T00:20:00Z")));
        remindDue();
        TestMailServer.sleep(500);
        assertThat(reminderCount(email)).as("not yet 18:30 in Chicago").isZero();

        clock.advance(Duration.ofMinutes(15));
        remindDue();
        remindDue();
        assertThat(TestMailServer.await(email, TestMailServer.subjectContaining("exercises for today"), 1,
                Duration.ofSeconds(10))).hasSize(1);
        assertThat(Emails.text(TestMailServer.await(email, TestMailServer.subjectContaining("exercises for today"), 1,
                Duration.ofSeconds(1)).get(0))).contains("/portal/exercises").doesNotContain("Glute");
        TestMailServer.sleep(500);
        assertThat(reminderCount(email)).as("once a day").isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        remindDue();
        assertThat(TestMailServer.await(email, TestMailServer.subjectContaining("exercises for today"), 2,
                Duration.ofSeconds(10))).as("the next day's").hasSize(2);
    }

    private static long reminderCount(String email) {
        return TestMailServer.to(email).stream().filter(TestMailServer.subjectContaining("exercises for today")).count();
    }

    private void remindDue() {
        JobLocks.releaseLeftOvers(jdbc);
        reminders.remindDue();
    }
}
