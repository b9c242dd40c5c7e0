package com.physiopractice.booking.web;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.appointment.AppointmentQueryService;
import com.physiopractice.booking.appointment.AttendanceService;
import com.physiopractice.booking.appointment.BookingService;
import com.physiopractice.booking.appointment.BookingService.BookingRequest;
import com.physiopractice.booking.appointment.CancellationService;
import com.physiopractice.booking.appointment.ReschedulingService;
import com.physiopractice.booking.calendar.CalendarDownload;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import com.physiopractice.sharedkernel.time.IanaTimeZone;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.IntakeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(AppointmentController.PATH)
@Tag(name = "Booking: appointments", description = "Book, see, reschedule and cancel online consultations")
class AppointmentController {

    static final String PATH = "/api/v1/booking/appointments";

    static final org.springframework.http.MediaType CALENDAR = org.springframework.http.MediaType
            .parseMediaType("text/calendar;charset=UTF-8");

    private final BookingService booking;
    private final ReschedulingService rescheduling;
    private final CancellationService cancellation;
    private final AttendanceService attendance;
    private final AppointmentQueryService appointments;
    private final CalendarDownload downloads;
    private final IdempotentReplay idempotency;
    private final CheckInSchedule checkIns;

    AppointmentController(BookingService booking, ReschedulingService rescheduling, CancellationService cancellation,
            AttendanceService attendance, AppointmentQueryService appointments, CalendarDownload downloads,
            IdempotentReplay idempotency, CheckInSchedule checkIns) {
        this.checkIns = checkIns;
        this.booking = booking;
        this.rescheduling = rescheduling;
        this.cancellation = cancellation;
        this.attendance = attendance;
        this.appointments = appointments;
        this.downloads = downloads;
        this.idempotency = idempotency;
    }

    /** @param start ISO-8601 with offset, e.g. 2026-12-03T09:00:00-05:00 */
    record BookRequest(@NotNull String therapistId, @NotNull String type, @NotNull OffsetDateTime start,
            @NotNull String intakeId) {
    }

    record CancelRequest(@Size(max = 500) String reason) {
    }

    record RescheduleRequest(@NotNull OffsetDateTime start) {
    }

    @Operation(summary = "Book a consultation (patients)", description = "Honours Idempotency-Key: a repeat returns the "
            + "first answer; the same key with another body is 422. Refusals: slot-unavailable (409), "
            + "booking-limit-reached (409), intake-not-usable (422), medical-care-required-first (409), "
            + "outside-booking-window (422).")
    @PostMapping
    ResponseEntity<AppointmentResponse> book(Caller caller, @Valid @RequestBody BookRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PatientId patient = caller.requirePatient();
        BookingRequest asked = new BookingRequest(therapist(request.therapistId()), request.type(),
                request.start().toInstant(), intake(request.intakeId()));
        Supplier<ResponseEntity<AppointmentResponse>> bookNow = () -> {
            AppointmentResponse body = AppointmentResponse.of(booking.book(patient, asked), request.start().getOffset());
            return ResponseEntity.created(URI.create(PATH + "/" + body.id())).body(body);
        };
        return idempotencyKey == null ? bookNow.get() : idempotency.answer(patient, idempotencyKey, request, bookNow);
    }

    @Operation(summary = "Appointments", description = "A patient's own, or the therapist's; soonest first.")
    @GetMapping
    PagedModel<AppointmentResponse> list(Caller caller, @RequestParam(required = false) OffsetDateTime from,
            @RequestParam(required = false) OffsetDateTime to, @RequestParam(required = false) AppointmentStatus status,
            @RequestParam(required = false) String timeZone,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ZoneId zone = zone(timeZone);
        var found = appointments.list(caller, new AppointmentQueryService.ListQuery(from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), status), PageRequest.of(page, size, Sort.by("startAt", "id")));
        return new PagedModel<>(found.map(view -> AppointmentResponse.of(view, zone)));
    }

    @Operation(summary = "One appointment (its patient or its therapist)", description = "Anyone else gets 404. With "
            + "its `hold` (a new sign in the check-in) and its `checkIn`: when it is asked for, whether it is still "
            + "awaited, and every check-in so far.")
    @GetMapping("/{id}")
    AppointmentResponse read(Caller caller, @PathVariable AppointmentId id,
            @RequestParam(required = false) String timeZone) {
        return AppointmentResponse.of(appointments.read(caller, id), zone(timeZone), checkIns.statusOf(id).orElse(null));
    }

    @Operation(summary = "The appointment as a calendar file (its patient or its therapist)", description = "RFC 5545, "
            + "METHOD:PUBLISH, with the same UID and SEQUENCE as the emailed invitations, so it updates the same entry.")
    @GetMapping(value = "/{id}.ics", produces = "text/calendar")
    ResponseEntity<String> calendarFile(Caller caller, @PathVariable AppointmentId id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"appointment-" + id + ".ics\"")
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .body(downloads.download(caller, id));
    }

    @Operation(summary = "Cancel", description = "Patients until the start (inside 24 hours it is LATE_CANCELLED); "
            + "the therapist at any time. The time is bookable again at once.")
    @PostMapping("/{id}/cancel")
    AppointmentResponse cancel(Caller caller, @PathVariable AppointmentId id, @Valid @RequestBody(required = false) CancelRequest request) {
        return AppointmentResponse.of(cancellation.cancel(caller, id, request == null ? null : request.reason()), null);
    }

    @Operation(summary = "Reschedule", description = "Atomic: the appointment keeps its id and history and holds either "
            + "its old time or its new one. Patients until 24 hours before the start.")
    @PostMapping("/{id}/reschedule")
    AppointmentResponse reschedule(Caller caller, @PathVariable AppointmentId id,
            @Valid @RequestBody RescheduleRequest request) {
        return AppointmentResponse.of(rescheduling.reschedule(caller, id, request.start().toInstant()),
                request.start().getOffset());
    }

    @Operation(summary = "Mark completed", description = "The therapist records that the consultation took place; only once it has started.")
    @PostMapping("/{id}/complete")
    AppointmentResponse complete(Caller caller, @PathVariable AppointmentId id) {
        return AppointmentResponse.of(attendance.complete(caller, id), null);
    }

    @Operation(summary = "Release a hold (therapists)", description = "A new EMERGENCY or URGENT_MEDICAL sign in the "
            + "patient's check-in holds the appointment; the therapist lets it go ahead once she has looked at it. "
            + "Not on hold: 409.")
    @PostMapping("/{id}/release-hold")
    AppointmentResponse releaseHold(Caller caller, @PathVariable AppointmentId id) {
        return AppointmentResponse.of(attendance.releaseHold(caller, id), null);
    }

    @Operation(summary = "Mark as missed", description = "The therapist records that the patient did not attend; only once it has started.")
    @PostMapping("/{id}/no-show")
    AppointmentResponse noShow(Caller caller, @PathVariable AppointmentId id) {
        return AppointmentResponse.of(attendance.markNoShow(caller, id), null);
    }

    private static TherapistId therapist(String id) {
        try {
            return TherapistId.of(id);
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("therapistId", "is not a therapist id");
        }
    }

    private static IntakeId intake(String id) {
        try {
            return IntakeId.of(id);
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("intakeId", "is not an intake id");
        }
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return null;
        }
        if (!IanaTimeZone.isName(timeZone)) {
            throw InvalidInputException.of("timeZone", IanaTimeZone.EXPECTED);
        }
        return IanaTimeZone.parse(timeZone);
    }
}
