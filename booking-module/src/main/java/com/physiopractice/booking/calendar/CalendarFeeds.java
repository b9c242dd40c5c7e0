package com.physiopractice.booking.calendar;

import com.physiopractice.booking.AppointmentDetails;
import com.physiopractice.booking.Appointments;
import com.physiopractice.booking.CalendarFiles;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.access.Caller;
import com.physiopractice.domain.access.Secrets;
import com.physiopractice.domain.audit.AuditAction;
import com.physiopractice.domain.audit.AuditTrail;
import com.physiopractice.domain.people.Patient;
import com.physiopractice.domain.people.Patients;
import com.physiopractice.domain.people.PersonName;
import com.physiopractice.domain.problems.DomainProblem;
import com.physiopractice.domain.problems.ProblemTypes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's calendar subscription (Google, Apple, Outlook): a secret address that lists her
 * appointments, patients by initials only. The address is shown once when made; making a new one
 * turns the old one off at once.
 */
@Service
public class CalendarFeeds {

    public static final AuditAction FEED_ROTATED = AuditAction.of("CALENDAR_FEED_ROTATED");
    public static final AuditAction FEED_READ = AuditAction.of("CALENDAR_FEED_READ");
    /** Appointments that ended this long ago still show, so the recent past stays in the calendar. */
    static final Duration HISTORY = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final AppointmentFeedQueries appointments;
    private final Patients patients;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, AppointmentFeedQueries appointments, Patients patients, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret feed token for the therapist (her own only); the previous one stops working. */
    @Transactional
    public String rotate(Caller caller, TherapistId therapist) {
        if (!caller.isTherapist() || !caller.therapist().equals(therapist)) {
            throw new DomainProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", "Only the therapist manages her own calendar feed.");
        }
        String token = Secrets.urlSafeToken(32);
        jdbc.sql("DELETE FROM booking_calendar_feed WHERE therapist_id = ?").param(therapist.toString()).update();
        jdbc.sql("INSERT INTO booking_calendar_feed (therapist_id, token_hash, created_at) VALUES (?, ?, ?)")
                .param(therapist.toString()).param(Secrets.sha256Hex(token)).param(Timestamp.from(clock.instant())).update();
        audit.recordWithChange(FEED_ROTATED, "THERAPIST", therapist);
        return token;
    }

    /** The feed behind a token; 404 for a token that is unknown or was rotated away. */
    @Transactional(readOnly = true)
    public String feed(String token) {
        TherapistId therapist = jdbc.sql("SELECT therapist_id FROM booking_calendar_feed WHERE token_hash = ?")
                .param(Secrets.sha256Hex(token)).query(String.class).optional().map(TherapistId::of)
                .orElseThrow(() -> DomainProblem.notFound("The calendar feed"));
        Instant now = clock.instant();
        List<CalendarFiles.FeedEntry> entries = appointments.forTherapistFrom(therapist, now.minus(HISTORY)).stream()
                .map(appointment -> new CalendarFiles.FeedEntry(appointment,
                        appointment.typeName() + " – " + initials(appointment.patient().value()),
                        "Video room: " + appointment.videoLink()))
                .toList();
        audit.record(FEED_READ, "THERAPIST", therapist);
        return CalendarFiles.feed(entries, now);
    }

    private String initials(UUID patient) {
        return patients.findById(patient).map(Patient::fullName).map(PersonName::initials).orElse("Patient");
    }

    /** Confirmed appointments of one therapist from a time on; implemented by the appointment package. */
    public interface AppointmentFeedQueries {

        List<AppointmentDetails> forTherapistFrom(TherapistId therapist, Instant from);
    }
}
