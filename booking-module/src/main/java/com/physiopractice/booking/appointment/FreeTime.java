package com.physiopractice.booking.appointment;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.booking.slots.Schedule;
import com.physiopractice.booking.slots.SlotPolicy;
import com.physiopractice.booking.slots.SlotPolicy.Refusal;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Refuses a start the slot rules refuse, with the reason the patient can act on: too soon, too far
 * ahead, or not available. The same rules list the free slots, so whatever is offered passes.
 */
@Component
class FreeTime {

    static final String OUTSIDE_BOOKING_WINDOW = "outside-booking-window";

    private final ScheduleLoader schedules;
    private final SlotPolicy rules;
    private final BookingSettings settings;

    FreeTime(ScheduleLoader schedules, SlotPolicy rules, BookingSettings settings) {
        this.schedules = schedules;
        this.rules = rules;
        this.settings = settings;
    }

    /** @param except the appointment being moved, whose own time does not count as taken */
    void require(TherapistProfile therapist, Instant start, AppointmentType type, @Nullable AppointmentId except,
            Instant now) {
        Schedule schedule = schedules.around(therapist, start, start.plus(type.duration()), except);
        Optional<Refusal> refusal = rules.check(start, type, schedule, now);
        if (refusal.isEmpty()) {
            return;
        }
        switch (refusal.get()) {
            case TOO_SOON -> throw new RuleViolationException(OUTSIDE_BOOKING_WINDOW, "Too soon",
                    "Appointments must be booked at least " + settings.minimumNotice().toHours() + " hours ahead.");
            case TOO_FAR_AHEAD -> throw new RuleViolationException(OUTSIDE_BOOKING_WINDOW, "Too far ahead",
                    "Appointments can be booked up to " + settings.horizon().toDays() + " days ahead.");
            default -> throw SlotLedger.slotTaken();
        }
    }
}
