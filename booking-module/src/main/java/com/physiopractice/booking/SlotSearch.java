package com.physiopractice.booking;

import com.physiopractice.sharedkernel.TherapistId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The free start times of a therapist, by the same rules that booking applies: every slot offered can be booked. */
public interface SlotSearch {

    /** A free slot: the appointment would run {@code [start, end)}. */
    record Slot(Instant start, Instant end) {
    }

    /**
     * Free slots of this kind of consultation whose start falls on the dates {@code from} to
     * {@code to} (inclusive) as dates in {@code zone}, the caller's own zone.
     */
    List<Slot> between(TherapistId therapist, String typeCode, LocalDate from, LocalDate to, ZoneId zone);
}
