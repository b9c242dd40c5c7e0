package com.physiopractice.booking.calendar;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.CalendarFeeds;
import com.physiopractice.booking.appointment.AppointmentQueryService;
import com.physiopractice.booking.settings.CalendarFeedSettings;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.TherapistLeft;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.SecretToken;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's calendar subscription (Google, Apple, Outlook): a secret address that lists her
 * appointments, patients by initials only and, unless configured, without video room links. The
 * address is shown once when made; it stops working when she makes a new one, when she revokes
 * it, or when its lifetime ends.
 */
@Service
public class CalendarFeed implements CalendarFeeds {

    public static final AuditAction FEED_ROTATED = AuditAction.of("CALENDAR_FEED_ROTATED");
    public static final AuditAction FEED_READ = AuditAction.of("CALENDAR_FEED_READ");
    public static final AuditAction FEED_REVOKED = AuditAction.of("CALENDAR_FEED_REVOKED");
    /** Appointments that ended this long ago still show, so the recent past stays in the calendar. */
    static final Duration HISTORY = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final AppointmentQueryService appointments;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final CalendarFeedSettings settings;
    private final Clock clock;

    CalendarFeed(JdbcClient jdbc, AppointmentQueryService appointments, PatientDirectory patients, AuditTrail audit,
            CalendarFeedSettings settings, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret feed address for the therapist; the previous one stops working. */
    @Override
    @Transactional
    public Address rotate(TherapistId therapist) {
        String token = SecretToken.urlSafeToken(32);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM booking_calendar_feed WHERE therapist_id = ?").param(therapist.toString()).update();
        jdbc.sql("INSERT INTO booking_calendar_feed (therapist_id, token_hash, created_at) VALUES (?, ?, ?)")
                .param(therapist.toString()).param(SecretToken.sha256Hex(token)).param(Timestamp.from(now)).update();
        audit.recordWithChange(FEED_ROTATED, "THERAPIST", therapist);
        return new Address(token, now.plus(settings.addressLifetime()));
    }

    /** The therapist turns her feed address off; there is none until she makes a new one. */
    @Override
    @Transactional
    public void revoke(TherapistId therapist) {
        jdbc.sql("DELETE FROM booking_calendar_feed WHERE therapist_id = ?").param(therapist.toString()).update();
        audit.recordWithChange(FEED_REVOKED, "THERAPIST", therapist);
    }

    /** A therapist who left takes her feed with her, in the transaction that disabled her account. */
    @EventListener
    void on(TherapistLeft left) {
        revoke(left.therapist());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Standing> standing(TherapistId therapist) {
        return jdbc.sql("SELECT created_at FROM booking_calendar_feed WHERE therapist_id = ? AND created_at > ?")
                .param(therapist.toString()).param(Timestamp.from(clock.instant().minus(settings.addressLifetime())))
                .query(Timestamp.class).optional()
                .map(made -> new Standing(made.toInstant(), made.toInstant().plus(settings.addressLifetime())));
    }

    /** The feed behind a token; not found for a token that is unknown, replaced, revoked or expired. */
    @Transactional(readOnly = true)
    public String feed(String token) {
        Instant now = clock.instant();
        TherapistId therapist = jdbc.sql("SELECT therapist_id FROM booking_calendar_feed WHERE token_hash = ? "
                        + "AND created_at > ?")
                .param(SecretToken.sha256Hex(token)).param(Timestamp.from(now.minus(settings.addressLifetime())))
                .query(String.class).optional().map(TherapistId::of)
                .orElseThrow(() -> new NotFoundException("The calendar feed"));
        boolean withVideo = settings.includeVideoLinks();
        List<IcsCalendar.FeedEntry> entries = appointments.confirmedOfTherapistFrom(therapist, now.minus(HISTORY))
                .stream()
                .map(appointment -> new IcsCalendar.FeedEntry(appointment,
                        appointment.typeName() + " – " + initials(appointment.patient()),
                        withVideo ? "Video room: " + appointment.videoLink()
                                : "Open the practice app for the video room and the patient's details.", withVideo))
                .toList();
        audit.record(FEED_READ, "THERAPIST", therapist);
        return IcsCalendar.feed(entries, now);
    }

    private String initials(PatientId patient) {
        return patients.find(patient).map(PatientProfile::initials).orElse("Patient");
    }
}
