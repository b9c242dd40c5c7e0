package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import java.util.List;

/**
 * A period off, with the appointments it overlaps: reported for the therapist to handle, never
 * moved or cancelled by themselves.
 */
public record TimeOffAdded(TimeOffPeriod timeOff, List<AppointmentId> conflictingAppointments) {
}
