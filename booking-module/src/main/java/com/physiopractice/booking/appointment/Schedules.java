package com.physiopractice.booking.appointment;

import com.physiopractice.booking.Availability;
import com.physiopractice.booking.BookingSettings;
import com.physiopractice.booking.availability.TimeOffRepository;
import com.physiopractice.booking.slots.Schedule;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.people.Therapist;
import com.physiopractice.domain.people.Therapists;
import com.physiopractice.domain.problems.DomainProblem;
import com.physiopractice.domain.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads what the slot rules need to know of a therapist's calendar around a period, in three indexed queries. */
@Component
public class Schedules {

    /** Room around the period for appointments and time off that reach into it. */
    private static final Duration MARGIN = Duration.ofDays(1);
    private static final UUID NOBODY = new UUID(0, 0);

    private final Therapists therapists;
    private final Availability availability;
    private final TimeOffRepository timeOff;
    private final AppointmentRepository appointments;
    private final BookingSettings settings;
    private final Duration longestAppointment;

    Schedules(Therapists therapists, Availability availability, TimeOffRepository timeOff,
            AppointmentRepository appointments, BookingSettings settings) {
        this.therapists = therapists;
        this.availability = availability;
        this.timeOff = timeOff;
        this.appointments = appointments;
        this.settings = settings;
        this.longestAppointment = settings.types().stream().map(type -> type.duration())
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public Therapist activeTherapist(TherapistId id) {
        return therapists.find(id).filter(Therapist::isActive).orElseThrow(() -> DomainProblem.notFound("The therapist"));
    }

    /**
     * The therapist's calendar for {@code [from, to)}, leaving out one appointment (the one being
     * rescheduled) when given.
     */
    public Schedule around(Therapist therapist, Instant from, Instant to, Appointment except) {
        Instant wideFrom = from.minus(MARGIN);
        Instant wideTo = to.plus(MARGIN);
        UUID excluded = except == null ? NOBODY : except.id().value();
        return new Schedule(therapist.timeZone(), availability.weeklyHoursOf(therapist.id()),
                timeOff.findOverlappingTimes(therapist.id().value(), wideFrom, wideTo),
                appointments.findActiveTimes(therapist.id().value(), wideFrom.minus(longestAppointment), wideFrom, wideTo,
                                excluded).stream()
                        .map(time -> time.extendedBy(settings.buffer()))
                        .toList());
    }

    public Schedule around(Therapist therapist, TimeWindow period) {
        return around(therapist, period.start(), period.end(), null);
    }
}
