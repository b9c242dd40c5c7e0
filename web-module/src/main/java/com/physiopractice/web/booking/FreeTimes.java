package com.physiopractice.web.booking;

import com.physiopractice.booking.SlotSearch;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.web.site.PatientTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The slot picker's content, for booking and for moving a consultation alike (the patient's pages
 * and the therapist's workspace): a week of a therapist's free times in the reader's zone. The
 * slots are booking's own, so every one shown can be booked.
 */
@Component
public class FreeTimes {

    /** How many days the picker shows at a time. */
    static final int DAYS = 7;

    private final SlotSearch slots;
    private final Clock clock;

    FreeTimes(SlotSearch slots, Clock clock) {
        this.slots = slots;
        this.clock = clock;
    }

    /** A free time as the page offers it: its instant (the form's value) and its local time. */
    public record Time(String start, String label) {
    }

    /** One therapist's free times over the days shown, by day (only days with times). */
    public record Offer(TherapistProfile therapist, Map<String, List<Time>> days) {
    }

    /** The days shown, and the weeks either side ({@code previous} absent when it would be in the past). */
    public record Week(LocalDate from, @Nullable LocalDate previous, LocalDate next, String range) {
    }

    public Week week(@Nullable LocalDate from, ZoneId zone) {
        // The practice's clock, not the machine's: the same "today" as booking's rules.
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from == null || from.isBefore(today) ? today : from;
        LocalDate previous = first.minusDays(DAYS).isBefore(today) ? null : first.minusDays(DAYS);
        return new Week(first, previous, first.plusDays(DAYS),
                PatientTime.DAY.format(first) + " to " + PatientTime.DAY.format(first.plusDays(DAYS - 1)));
    }

    public Offer offer(TherapistProfile therapist, String typeCode, Week week, ZoneId zone) {
        Map<String, List<Time>> days = new LinkedHashMap<>();
        for (SlotSearch.Slot slot : slots.between(therapist.id(), typeCode, week.from(),
                week.from().plusDays(DAYS - 1), zone)) {
            days.computeIfAbsent(PatientTime.DAY.format(slot.start().atZone(zone)), day -> new ArrayList<>())
                    .add(new Time(slot.start().toString(), PatientTime.TIME.format(slot.start().atZone(zone))));
        }
        return new Offer(therapist, days);
    }
}
