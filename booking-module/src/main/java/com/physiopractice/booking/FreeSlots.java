package com.physiopractice.booking;

import com.physiopractice.booking.appointment.AppointmentService;
import com.physiopractice.booking.appointment.Schedules;
import com.physiopractice.booking.slots.Schedule;
import com.physiopractice.booking.slots.SlotRules;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.people.Therapist;
import com.physiopractice.domain.problems.FieldProblem;
import com.physiopractice.domain.problems.InvalidInputException;
import com.physiopractice.domain.time.TimeWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The free start times of a therapist, by the same rules that booking applies. */
@Service
public class FreeSlots {

    private final Schedules schedules;
    private final AppointmentService appointments;
    private final BookingSettings settings;
    private final SlotRules rules;
    private final Clock clock;

    FreeSlots(Schedules schedules, AppointmentService appointments, BookingSettings settings, Clock clock) {
        this.schedules = schedules;
        this.appointments = appointments;
        this.settings = settings;
        this.rules = new SlotRules(settings);
        this.clock = clock;
    }

    /** A free slot: the appointment would run {@code [start, end)}. */
    public record Slot(Instant start, Instant end) {
    }

    /**
     * Free slots whose start falls on the dates {@code from} to {@code to} (inclusive) as dates in
     * {@code zone}, the caller's own zone.
     */
    @Transactional(readOnly = true)
    public List<Slot> between(TherapistId therapistId, String typeCode, LocalDate from, LocalDate to, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (to.isBefore(from)) {
            problems.add(new FieldProblem("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > settings.maxSlotQueryDays()) {
            problems.add(new FieldProblem("to", "at most " + settings.maxSlotQueryDays() + " days after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AppointmentType type = appointments.type(typeCode);
        Therapist therapist = schedules.activeTherapist(therapistId);
        TimeWindow period = TimeWindow.of(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        Schedule schedule = schedules.around(therapist, period);
        return rules.freeStarts(type, schedule, period.start(), period.end(), clock.instant()).stream()
                .map(start -> new Slot(start, start.plus(type.duration()))).toList();
    }
}
