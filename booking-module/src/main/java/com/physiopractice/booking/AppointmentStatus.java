package com.physiopractice.booking;

/** CONFIRMED until it ends as COMPLETED, NO_SHOW, CANCELLED or LATE_CANCELLED (by the patient, inside the change window). */
public enum AppointmentStatus {
    CONFIRMED, COMPLETED, NO_SHOW, CANCELLED, LATE_CANCELLED;

    public boolean isActive() {
        return this == CONFIRMED;
    }
}
