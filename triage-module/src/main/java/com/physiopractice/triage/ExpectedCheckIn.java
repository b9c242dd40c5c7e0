package com.physiopractice.triage;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;

/**
 * A booked consultation whose patient answers the safety questions again before it (booking says
 * so when it books or moves one).
 *
 * @param intake the intake it was booked with: the check-in is compared with it and assessed with its other answers
 */
public record ExpectedCheckIn(AppointmentId appointment, PatientId patient, IntakeId intake, Instant start,
        Instant end, Instant bookedAt) {
}
