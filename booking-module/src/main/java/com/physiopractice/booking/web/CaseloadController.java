package com.physiopractice.booking.web;

import com.physiopractice.booking.TherapistCaseload;
import com.physiopractice.booking.appointment.Caseload;
import com.physiopractice.sharedkernel.TherapistId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Booking: a therapist's caseload", description = "For administrators, when a therapist leaves")
class CaseloadController {

    private final Caseload caseload;

    CaseloadController(Caseload caseload) {
        this.caseload = caseload;
    }

    /** @param appointment times in UTC, as booked */
    record UpcomingAppointmentView(AppointmentResponse appointment, String patientName, @Nullable String patientEmail,
            @Nullable String patientPhone) {

        static UpcomingAppointmentView of(TherapistCaseload.UpcomingAppointment upcoming) {
            return new UpcomingAppointmentView(AppointmentResponse.of(upcoming.appointment(), null),
                    upcoming.patientName(), upcoming.patientEmail(), upcoming.patientPhone());
        }
    }

    @Operation(summary = "A therapist's appointments still to come (administrators)", description = "Confirmed and not "
            + "started, soonest first, with each patient's name and contact details. Shown before her account is "
            + "disabled (disabling leaves them booked) and after, to move or cancel them.")
    @GetMapping("/api/v1/admin/therapists/{therapistId}/upcoming-appointments")
    ResponseEntity<List<UpcomingAppointmentView>> upcoming(@PathVariable TherapistId therapistId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(caseload.upcoming(therapistId).stream().map(UpcomingAppointmentView::of).toList());
    }
}
