package com.physiopractice.booking.web;

import com.physiopractice.booking.SlotSearch;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.time.IanaTimeZone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/booking")
@Tag(name = "Booking: what can be booked", description = "Public: therapists, kinds of consultation, free slots")
class BookingCatalogController {

    private final TherapistDirectory therapists;
    private final BookingSettings settings;
    private final SlotSearch freeSlots;

    BookingCatalogController(TherapistDirectory therapists, BookingSettings settings, SlotSearch freeSlots) {
        this.therapists = therapists;
        this.settings = settings;
        this.freeSlots = freeSlots;
    }

    record TherapistView(String id, String name, String title, String timeZone) {
    }

    record AppointmentTypeView(String code, String name, long durationMinutes, String mode) {
    }

    /**
     * @param start and end are ISO-8601 with the offset of the requested time zone
     *        ({@code 2026-12-03T19:30:00+05:30}); formatted here because a month of slots is
     *        hundreds of timestamps and the general-purpose formatter dominated the request's CPU time
     */
    record SlotView(String start, String end) {

        static SlotView of(SlotSearch.Slot slot, ZoneId zone) {
            return new SlotView(iso(slot.start().atZone(zone).toOffsetDateTime()),
                    iso(slot.end().atZone(zone).toOffsetDateTime()));
        }

        private static String iso(OffsetDateTime time) {
            StringBuilder text = new StringBuilder(25).append(time.toLocalDate()).append('T');
            two(text, time.getHour()).append(':');
            two(text, time.getMinute()).append(':');
            two(text, time.getSecond());
            return text.append(time.getOffset().getId().equals("Z") ? "Z" : time.getOffset().getId()).toString();
        }

        private static StringBuilder two(StringBuilder text, int value) {
            return text.append(value < 10 ? "0" : "").append(value);
        }
    }

    @Operation(summary = "The practice's therapists", description = "Public. Active therapists with their title and time zone.")
    @GetMapping("/therapists")
    List<TherapistView> therapists() {
        return therapists.active().stream()
                .map(therapist -> new TherapistView(therapist.id().toString(), therapist.displayName(), therapist.title(),
                        therapist.timeZone().getId()))
                .toList();
    }

    @Operation(summary = "The kinds of consultation", description = "Public. Code, name, length in minutes and mode of each kind.")
    @GetMapping("/appointment-types")
    List<AppointmentTypeView> appointmentTypes() {
        return settings.types().stream().map(type -> new AppointmentTypeView(type.code(), type.name(),
                type.duration().toMinutes(), type.mode())).toList();
    }

    @Operation(summary = "Free start times",
            description = "Slots starting on the dates from..to (inclusive) as dates in timeZone, with start and end "
                    + "in that zone's offset. At most 31 days; every slot listed can be booked.")
    @GetMapping("/slots")
    List<SlotView> slots(@RequestParam TherapistId therapistId, @RequestParam String type,
            @RequestParam LocalDate from, @RequestParam LocalDate to,
            @Parameter(description = "IANA zone name, e.g. Asia/Kolkata") @RequestParam String timeZone) {
        if (!IanaTimeZone.isName(timeZone)) {
            throw InvalidInputException.of("timeZone", IanaTimeZone.EXPECTED);
        }
        ZoneId zone = IanaTimeZone.parse(timeZone);
        return freeSlots.between(therapistId, type, from, to, zone).stream().map(slot -> SlotView.of(slot, zone)).toList();
    }
}
