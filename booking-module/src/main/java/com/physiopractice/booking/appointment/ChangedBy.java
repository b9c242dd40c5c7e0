package com.physiopractice.booking.appointment;

/** Who changes an appointment: the rules differ for the patient (change window) and her therapist. */
public enum ChangedBy {
    PATIENT, THERAPIST
}
