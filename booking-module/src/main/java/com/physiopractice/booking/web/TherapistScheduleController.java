package com.physiopractice.booking.web;

import com.physiopractice.booking.Availability;
import com.physiopractice.booking.TimeOffAdded;
import com.physiopractice.booking.TimeOffPeriod;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.booking.WorkingPeriod;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The therapist's own hours and time off; a therapist manages only her own (the path names her: see the access rules). */
@RestController
@RequestMapping("/api/v1/booking/therapists/{therapistId}")
@Tag(name = "Booking: the therapist's schedule", description = "Weekly hours and time off (the therapist herself)")
class TherapistScheduleController {

    private final Availability availability;

    TherapistScheduleController(Availability availability) {
        this.availability = availability;
    }

    /** @param start and end are wall-clock times in the therapist's own zone */
    record Period(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
    }

    record WeeklyHoursBody(@NotNull @Size(max = 50) List<@Valid @NotNull Period> periods) {

        static WeeklyHoursBody of(WeeklyHours hours) {
            return new WeeklyHoursBody(hours.periods().stream()
                    .map(period -> new Period(period.day(), period.start(), period.end())).toList());
        }
    }

    record TimeOffRequest(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end, @Size(max = 200) String reason) {
    }

    record TimeOffView(UUID id, OffsetDateTime start, OffsetDateTime end, String reason) {

        static TimeOffView of(TimeOffPeriod period) {
            return new TimeOffView(period.id(), period.window().start().atOffset(java.time.ZoneOffset.UTC),
                    period.window().end().atOffset(java.time.ZoneOffset.UTC), period.reason());
        }
    }

    /** @param conflictingAppointmentIds booked appointments inside the time off: still booked, to be moved or cancelled */
    record TimeOffAddedView(TimeOffView timeOff, List<String> conflictingAppointmentIds) {
    }

    @Operation(summary = "Weekly hours", description = "The therapist's regular week as wall-clock periods in her own zone.")
    @GetMapping("/weekly-hours")
    WeeklyHoursBody weeklyHours(@PathVariable TherapistId therapistId) {
        return WeeklyHoursBody.of(availability.weeklyHoursOf(therapistId));
    }

    @Operation(summary = "Replace the weekly hours", description = "Wall-clock times in the therapist's zone; "
            + "periods of one day must not overlap. Booked appointments are not touched.")
    @PutMapping("/weekly-hours")
    WeeklyHoursBody replaceWeeklyHours(@PathVariable TherapistId therapistId, @Valid @RequestBody WeeklyHoursBody body) {
        WeeklyHours hours = asField("periods", () -> new WeeklyHours(body.periods().stream()
                .map(period -> new WorkingPeriod(period.day(), period.start(), period.end())).toList()));
        return WeeklyHoursBody.of(availability.replaceWeeklyHours(therapistId, hours));
    }

    @Operation(summary = "Upcoming time off", description = "Time off that has not ended yet, soonest first.")
    @GetMapping("/time-off")
    List<TimeOffView> timeOff(@PathVariable TherapistId therapistId) {
        return availability.upcomingTimeOff(therapistId).stream().map(TimeOffView::of).toList();
    }

    @Operation(summary = "Add time off", description = "Answers with the appointments it overlaps; they are reported, "
            + "never deleted.")
    @PostMapping("/time-off")
    ResponseEntity<TimeOffAddedView> addTimeOff(@PathVariable TherapistId therapistId,
            @Valid @RequestBody TimeOffRequest request) {
        TimeWindow window = asField("end", () -> TimeWindow.of(request.start().toInstant(), request.end().toInstant()));
        TimeOffAdded added = availability.addTimeOff(therapistId, window, request.reason());
        TimeOffAddedView body = new TimeOffAddedView(TimeOffView.of(added.timeOff()),
                added.conflictingAppointments().stream().map(Object::toString).toList());
        return ResponseEntity.created(URI.create("/api/v1/booking/therapists/" + therapistId + "/time-off/"
                + added.timeOff().id())).body(body);
    }

    @Operation(summary = "Remove time off", description = "Its time becomes bookable again within the weekly hours.")
    @DeleteMapping("/time-off/{timeOffId}")
    ResponseEntity<Void> removeTimeOff(@PathVariable TherapistId therapistId, @PathVariable UUID timeOffId) {
        availability.removeTimeOff(therapistId, timeOffId);
        return ResponseEntity.noContent().build();
    }

    /** A value the request's fields make, refused under the name of the field to fix. */
    private static <T> T asField(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException refused) {
            throw InvalidInputException.of(field, refused.getMessage());
        }
    }
}
