package com.physiopractice.booking;

import com.physiopractice.sharedkernel.TherapistId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A therapist's booked consultations still to come, with how to reach each patient: what the
 * practice has to move or cancel when she leaves, shown to the administrator before she disables
 * the account and after. Administrators only: callers have made sure of that. Each listing is audited.
 */
public interface TherapistCaseload {

    /** @param patientName and the contact details: empty when the patient's account is gone or disabled */
    record UpcomingAppointment(AppointmentView appointment, String patientName, @Nullable String patientEmail,
            @Nullable String patientPhone) {
    }

    /** Her confirmed appointments that have not started yet, soonest first. */
    List<UpcomingAppointment> upcoming(TherapistId therapist);
}
