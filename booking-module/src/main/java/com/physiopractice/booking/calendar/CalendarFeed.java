package com.physiopractice.booking.calendar;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.appointment.AppointmentQueryService;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.SecretToken;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's calendar subscription (Google, Apple, Outlook): a secret address that lists her
 * appointments, patients by initials only. The address is shown once when made; making a new one
 * turns the old one off at once.
 */
@Service
public class CalendarFeed {

    public static final AuditAction FEED_ROTATED = AuditAction.of("CALENDAR_FEED_ROTATED");
    public static final AuditAction FEED_READ = AuditAction.of("CALENDAR_FEED_READ");
    /** Appointments that ended this long ago still show, so the recent past stays in the calendar. */
    static final Duration HISTORY = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final AppointmentQueryService appointments;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeed(JdbcClient jdbc, AppointmentQueryService appointments, PatientDirectory patients, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret feed token for the therapist; the previous one stops working. */
    @Transactional
    public String rotate(TherapistId therapist) {
        String token = SecretToken.urlSafeToken(32);
        jdbc.sql("DELETE FROM booking_calendar_feed WHERE therapist_id = ?").param(therapist.toString()).update();
        jdbc.sql("INSERT INTO booking_calendar_feed (therapist_id, token_hash, created_at) VALUES (?, ?, ?)")
                .param(therapist.toString()).param(SecretToken.sha256Hex(token)).param(Timestamp.from(clock.instant())).update();
        audit.recordWithChange(FEED_ROTATED, "THERAPIST", therapist);
        return token;
    }

    /** The feed behind a token; not found for a token that is unknown or was rotated away. */
    @Transactional(readOnly = true)
    public String feed(String token) {
        TherapistId therapist = jdbc.sql("SELECT therapist_id FROM booking_calendar_feed WHERE token_hash = ?")
                .param(SecretToken.sha256Hex(token)).query(String.class).optional().map(TherapistId::of)
                .orElseThrow(() -> new NotFoundException("The calendar feed"));
        Instant now = clock.instant();
        List<IcsCalendar.FeedEntry> entries = appointments.confirmedOfTherapistFrom(therapist, now.minus(HISTORY))
                .stream()
                .map(appointment -> new IcsCalendar.FeedEntry(appointment,
                        appointment.typeName() + " – " + initials(appointment.patient()),
                        "Video room: " + appointment.videoLink()))
                .toList();
        audit.record(FEED_READ, "THERAPIST", therapist);
        return IcsCalendar.feed(entries, now);
    }

    private String initials(PatientId patient) {
        return patients.find(patient).map(PatientProfile::initials).orElse("Patient");
    }
}
