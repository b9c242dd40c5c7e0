package com.physiopractice.booking.appointment;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.availability.TimeOffs;
import com.physiopractice.booking.slots.Schedule;
import com.physiopractice.booking.availability.WeeklySchedules;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Loads what the slot rules need to know of a therapist's calendar around a period, in three indexed queries. */
@Component
public class ScheduleLoader {

    /** Room around the period for appointments and time off that reach into it. */
    private static final Duration MARGIN = Duration.ofDays(1);
    private static final UUID NOBODY = new UUID(0, 0);

    private final TherapistDirectory therapists;
    private final WeeklySchedules weeklySchedules;
    private final TimeOffs timeOff;
    private final Appointments appointments;
    private final BookingSettings settings;

    ScheduleLoader(TherapistDirectory therapists, WeeklySchedules weeklySchedules, TimeOffs timeOff,
            Appointments appointments, BookingSettings settings) {
        this.therapists = therapists;
        this.weeklySchedules = weeklySchedules;
        this.timeOff = timeOff;
        this.appointments = appointments;
        this.settings = settings;
    }

    /** The therapist, if she takes patients; anyone else is not there to book with. */
    public TherapistProfile activeTherapist(TherapistId id) {
        return therapists.find(id).filter(TherapistProfile::active)
                .orElseThrow(() -> new NotFoundException("The therapist"));
    }

    /**
     * The therapist's calendar for {@code [from, to)}, leaving out one appointment (the one being
     * rescheduled) when given.
     */
    public Schedule around(TherapistProfile therapist, Instant from, Instant to, @Nullable AppointmentId except) {
        Instant wideFrom = from.minus(MARGIN);
        Instant wideTo = to.plus(MARGIN);
        UUID excluded = except == null ? NOBODY : except.value();
        UUID id = therapist.id().value();
        return new Schedule(therapist.timeZone(), new WeeklyHours(weeklySchedules.workingPeriodsOf(id)),
                timeOff.findOverlappingTimes(id, wideFrom, wideTo),
                appointments.findActiveTimes(id, wideFrom.minus(settings.longestAppointment()), wideFrom, wideTo, excluded)
                        .stream().map(time -> time.extendedBy(settings.buffer())).toList());
    }

    public Schedule around(TherapistProfile therapist, TimeWindow period) {
        return around(therapist, period.start(), period.end(), null);
    }
}
