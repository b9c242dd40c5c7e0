package com.physiopractice.booking.availability;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.util.List;

/**
 * The confirmed appointments a new time off collides with, found where appointments are kept
 * (so this package needs nothing of theirs).
 */
public interface ConflictingAppointmentFinder {

    List<AppointmentId> confirmedOverlapping(TherapistId therapist, TimeWindow window);
}
