package com.physiopractice.notification;

import static com.physiopractice.testing.TestMailServer.await;
import static com.physiopractice.testing.TestMailServer.subjectContaining;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.notification.mail.DeliveryRecordExpiry;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Delivery that survives a mail outage and restarts, and reminders sent once by two nodes on one
 * database, each through a second application instance in this JVM.
 */
@PracticeIntegrationTest
class DeliveryReliabilityTest {

    static final String NEW_YORK = "America/New_York";

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ReminderJob reminders;

    @Autowired
    DeliveryRecordExpiry deliveryRecordExpiry;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restore() {
        clock.reset();
        TestMailServer.start();
    }

    /** Free starts at least {@code gap} apart, so bookings of the first {@code count} never collide. */
    List<String> spacedStarts(Api api, SignedIn therapist, String type, int count, Duration gap) {
        LocalDate from = LocalDate.now(clock.withZone(ZoneId.of(NEW_YORK))).plusDays(2);
        JsonNode offered = BookingFixture.slots(api, therapist, type, from, from.plusDays(20), NEW_YORK);
        List<String> starts = new ArrayList<>();
        Instant last = Instant.MIN;
        for (JsonNode slot : offered) {
            Instant start = OffsetDateTime.parse(slot.path("start").asString()).toInstant();
            if (last == Instant.MIN || !start.isBefore(last.plus(gap))) {
                starts.add(slot.path("start").asString());
                last = start;
            }
            if (starts.size() == count) {
                break;
            }
        }
        assertThat(starts).hasSize(count);
        return starts;
    }

    @Test
    void theRecordOfASentEmailIsKeptNinetyDaysAndOneNotYetSentUntilItIsSent() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "09:00", "17:00");
        Booker booker = BookingFixture.booker(api);
        String start = spacedStarts(api, therapist, "FOLLOW_UP", 1, Duration.ofHours(1)).get(0);
        String id = BookingFixture.book(api, therapist, "FOLLOW_UP", start, booker).body().path("id").asString();
        await(booker.patient().email(), subjectContaining("is booked"), 1, Duration.ofSeconds(30));
        await(therapist.email(), subjectContaining("Booked"), 1, Duration.ofSeconds(30));
        String unsent = "booked:" + id + ":unsent-" + id;
        jdbc.sql("""
                INSERT INTO notification_delivery (dedupe_key, kind, recipient, state, attempts, attempt_started_at, last_error)
                VALUES (?, 'appointment-booked', 'nobody@example.org', 'FAILED', 3, ?, 'mailbox full')""")
                .params(unsent, java.sql.Timestamp.from(clock.instant())).update();

        clock.advance(Duration.ofDays(89));
        deliveryRecordExpiry.forgetOldRecords();
        assertThat(recordsOf(id)).as("89 days on").hasSize(3);

        clock.advance(Duration.ofDays(2));
        deliveryRecordExpiry.forgetOldRecords();
        assertThat(recordsOf(id)).as("91 days on: the two sent are gone, the unsent one stays").containsExactly(unsent);
    }

    List<String> recordsOf(String appointmentId) {
        // Both emails are marked sent a moment after they arrive.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE dedupe_key LIKE ? AND state = 'SENDING'")
                .param("%" + appointmentId + "%").query(Integer.class).single() > 0 && System.nanoTime() < deadline) {
            TestMailServer.sleep(50);
        }
        return jdbc.sql("SELECT dedupe_key FROM notification_delivery WHERE dedupe_key LIKE ?")
                .param("%" + appointmentId + "%").query(String.class).list();
    }

    @Test
    void fiftyConfirmationsHeldUpByAMailOutageAndARestartArriveExactlyOnce() throws Exception {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "06:00", "22:00");
        List<String> starts = spacedStarts(api, therapist, "FOLLOW_UP", 50, Duration.ofMinutes(45));
        List<Booker> patients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            patients.add(BookingFixture.booker(api));
        }
        SignedIn admin = TestAccounts.admin(api);

        TestMailServer.stop();
        for (int i = 0; i < 50; i++) {
            Api.Response booked = BookingFixture.book(api, therapist, "FOLLOW_UP", starts.get(i), patients.get(i));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        }
        // The deliveries fail and wait in the registry, visible to an administrator.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long failedBookings;
        do {
            TestMailServer.sleep(200);
            JsonNode pending = admin.api(api).get("/api/v1/admin/notifications/pending").body();
            failedBookings = 0;
            for (JsonNode delivery : pending) {
                if (delivery.path("event").asString().equals("AppointmentBooked") && delivery.path("attempts").asInt() >= 1) {
                    failedBookings++;
                }
            }
        } while (failedBookings < 50 && System.nanoTime() < deadline);
        assertThat(failedBookings).isGreaterThanOrEqualTo(50);
        assertThat(TestAccounts.newPatient(api).api(api).get("/api/v1/admin/notifications/pending").status()).isEqualTo(403);

        // A node starts (as after a restart), then the mail server comes back.
        try (SecondInstance restarted = SecondInstance.start()) {
            TestMailServer.start();
            assertThat(admin.api(api).post("/api/v1/admin/notifications/resubmit", null).status()).isEqualTo(202);
            for (Booker patient : patients) {
                await(patient.patient().email(), subjectContaining("is booked"), 1, Duration.ofSeconds(60));
            }
            await(therapist.email(), subjectContaining("Booked"), 50, Duration.ofSeconds(60));
            // Further retry rounds on both nodes must not send anything again.
            TestMailServer.sleep(6_000);
        }
        for (Booker patient : patients) {
            assertThat(TestMailServer.to(patient.patient().email())).as(patient.patient().email()).hasSize(1);
        }
        assertThat(TestMailServer.to(therapist.email())).hasSize(50);
    }

    @Test
    void confirmationsANodeWasSendingWhenItWasKilledGoOutWithinSecondsAndOnce() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "07:00", "19:00");
        List<String> starts = spacedStarts(api, therapist, "FOLLOW_UP", 5, Duration.ofHours(1));
        List<Booker> patients = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            patients.add(BookingFixture.booker(api)); // account set-up emails need the mail server
        }
        TestMailServer.stop();
        List<String> appointments = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Api.Response booked = BookingFixture.book(api, therapist, "FOLLOW_UP", starts.get(i), patients.get(i));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            appointments.add(booked.body().path("id").asString());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (deliveriesOf(appointments) < 5 && System.nanoTime() < deadline) {
            TestMailServer.sleep(100);
        }
        // The patient's email goes first; the therapist's waits for it.
        assertThat(deliveriesOf(appointments)).as("each patient's confirmation tried").isEqualTo(5);

        // As a node killed in the middle of sending leaves them: the emails claimed a moment ago in
        // its name and never finished, the events PROCESSING (Spring Modulith resubmits only failed
        // ones), the node's heartbeat stopped. The lease would hold the emails back for minutes
        // and the events would wait for the staleness monitor. The node's row comes last: from then
        // on it can be found dead.
        String killed = java.util.UUID.randomUUID().toString();
        for (String appointment : appointments) {
            jdbc.sql("""
                    UPDATE notification_delivery SET state = 'SENDING', claimed_by = ?, attempt_started_at = ?
                    WHERE dedupe_key LIKE ?""").params(killed, java.sql.Timestamp.from(clock.instant()),
                    "booked:" + appointment + ":%").update();
            jdbc.sql("""
                    UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING',
                    PUBLICATION_DATE = PUBLICATION_DATE - INTERVAL 20 SECOND,
                    LAST_RESUBMISSION_DATE = LAST_RESUBMISSION_DATE - INTERVAL 20 SECOND
                    WHERE COMPLETION_DATE IS NULL AND SERIALIZED_EVENT LIKE ?""").param("%" + appointment + "%").update();
        }
        jdbc.sql("""
                INSERT INTO notification_node (node_id, started_at, heartbeat_at)
                VALUES (?, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) - INTERVAL 11 SECOND)""").param(killed).update();
        TestMailServer.start();

        for (Booker patient : patients) {
            await(patient.patient().email(), subjectContaining("is booked"), 1, Duration.ofSeconds(15));
        }
        await(therapist.email(), subjectContaining("Booked"), 5, Duration.ofSeconds(15));
        TestMailServer.sleep(3_000);
        for (Booker patient : patients) {
            assertThat(TestMailServer.to(patient.patient().email())).as("sent once").hasSize(1);
        }
        assertThat(TestMailServer.to(therapist.email())).hasSize(5);
    }

    int deliveriesOf(List<String> appointments) {
        int tried = 0;
        for (String appointment : appointments) {
            tried += jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE dedupe_key LIKE ? AND state = 'FAILED'")
                    .param("booked:" + appointment + ":patient-%").query(Integer.class).single();
        }
        return tried;
    }

    @Test
    void remindersCatchUpAfterDowntimeAndTwoNodesSendEachOnce() throws Exception {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "00:00", "23:45");
        Booker soon = BookingFixture.booker(api);
        Booker later = BookingFixture.booker(api);
        JsonNode offered = BookingFixture.slots(api, therapist, "FOLLOW_UP", LocalDate.now(clock.withZone(ZoneId.of(NEW_YORK))),
                LocalDate.now(clock.withZone(ZoneId.of(NEW_YORK))).plusDays(4), NEW_YORK);
        Instant now = clock.instant();
        String soonStart = null;
        String laterStart = null;
        for (JsonNode slot : offered) {
            Instant start = OffsetDateTime.parse(slot.path("start").asString()).toInstant();
            if (soonStart == null && start.isAfter(now.plus(Duration.ofHours(13)))) {
                soonStart = slot.path("start").asString();
            } else if (soonStart != null && laterStart == null
                    && start.isAfter(OffsetDateTime.parse(soonStart).toInstant().plus(Duration.ofHours(25)))) {
                laterStart = slot.path("start").asString();
            }
        }
        Api.Response soonBooked = BookingFixture.book(api, therapist, "FOLLOW_UP", soonStart, soon);
        assertThat(soonBooked.status()).isEqualTo(201);
        Api.Response laterBooked = BookingFixture.book(api, therapist, "FOLLOW_UP", laterStart, later);
        assertThat(laterBooked.status()).isEqualTo(201);
        String checkInOfLater = "/appointments/" + laterBooked.body().path("id").asString() + "/check-in";
        // Less than a day ahead: the confirmation asks for the safety check-in; a day or more: the reminder will.
        assertThat(Emails.text(await(soon.patient().email(), subjectContaining("is booked"), 1, Duration.ofSeconds(20))
                .get(0))).contains("/appointments/" + soonBooked.body().path("id").asString() + "/check-in");
        assertThat(Emails.text(await(later.patient().email(), subjectContaining("is booked"), 1, Duration.ofSeconds(20))
                .get(0))).doesNotContain("/check-in");

        // Downtime: no node ran while the clock passed the first appointment and came within 23 h
        // of the second. The first node to start catches up at start-up.
        Duration downtime = Duration.between(now, OffsetDateTime.parse(laterStart).toInstant().minus(Duration.ofHours(23)));
        clock.advance(downtime);
        try (SecondInstance other = SecondInstance.start("--practice.test.clock-offset=" + downtime)) {
            await(later.patient().email(), subjectContaining("tomorrow"), 1, Duration.ofSeconds(30));
            runTogether(reminders, other.bean(ReminderJob.class));
            TestMailServer.sleep(1_000);
            assertThat(Emails.subject(TestMailServer.besidesAccountSetUp(later.patient().email()).get(1))).contains("tomorrow");
            assertThat(Emails.text(TestMailServer.besidesAccountSetUp(later.patient().email()).get(1))).as("the check-in is asked for")
                    .contains(checkInOfLater);
            assertThat(TestMailServer.besidesAccountSetUp(later.patient().email())).as("confirmation and one reminder").hasSize(2);
            assertThat(TestMailServer.besidesAccountSetUp(soon.patient().email())).extracting(Emails::subject)
                    .as("no reminder for a consultation already past").containsExactly("Your online consultation is booked");

            // Both nodes keep running; 22 h 30 min later the 1-hour reminder is due, once.
            clock.advance(Duration.ofMinutes(22 * 60 + 30));
            other.bean(AdjustableClock.class).advance(Duration.ofMinutes(22 * 60 + 30));
            runTogether(reminders, other.bean(ReminderJob.class));
            await(later.patient().email(), subjectContaining("starts soon"), 1, Duration.ofSeconds(10));
            runTogether(reminders, other.bean(ReminderJob.class));
            TestMailServer.sleep(1_000);
            assertThat(TestMailServer.besidesAccountSetUp(later.patient().email())).extracting(Emails::subject).containsExactly(
                    "Your online consultation is booked", "Reminder: your online consultation tomorrow",
                    "Reminder: your online consultation starts soon");
            assertThat(Emails.text(TestMailServer.besidesAccountSetUp(later.patient().email()).get(2))).doesNotContain("/check-in");
        }
    }

    /** Both nodes run the reminder job at the same moment, several times over. */
    static void runTogether(ReminderJob first, ReminderJob second) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(nodes.submit(first::sendDue));
                runs.add(nodes.submit(second::sendDue));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
    }
}
