/**
 * Online consultation booking: the therapist's weekly hours and time off, free slots, appointments
 * (book, reschedule, cancel, completed, missed), calendar files and the therapist's calendar feed.
 * <p>
 * API: {@link com.physiopractice.booking.Availability}, {@link com.physiopractice.booking.SlotSearch},
 * {@link com.physiopractice.booking.OnlineBooking} (the patient pages), {@link com.physiopractice.booking.PracticeDiary} (the therapist's pages),
 * {@link com.physiopractice.booking.AppointmentLookup} and
 * {@link com.physiopractice.booking.AppointmentCalendar} and {@link com.physiopractice.booking.CalendarFeeds}
 * (her settings page), {@link com.physiopractice.booking.AppointmentImport} (appointments carried over from
 * another system, without an intake form), {@link com.physiopractice.booking.TherapistCaseload} (the administrator's), with the
 * {@link com.physiopractice.booking.AppointmentView} and its values. Events:
 * {@link com.physiopractice.booking.AppointmentBooked}, {@link com.physiopractice.booking.AppointmentRescheduled},
 * {@link com.physiopractice.booking.AppointmentCancelled}, {@link com.physiopractice.booking.AppointmentCompleted},
 * {@link com.physiopractice.booking.AppointmentMissed}, {@link com.physiopractice.booking.AppointmentImported}. Tables: {@code booking_*}.
 */
@ApplicationModule(displayName = "Booking",
        allowedDependencies = {"sharedkernel", "identity", "identity::access", "audit", "people", "triage"})
@NullMarked
package com.physiopractice.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
