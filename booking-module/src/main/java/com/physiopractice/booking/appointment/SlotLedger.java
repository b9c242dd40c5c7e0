package com.physiopractice.booking.appointment;

import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims the 5-minute steps an appointment occupies (its time and its buffer) in
 * {@code booking_slot_claim}, whose primary key lets each step of a therapist's time be claimed
 * once. This is what makes overlapping appointments impossible, whatever the concurrency and
 * however many app nodes: the check before the insert only produces the friendlier answer.
 */
@Component
public class SlotLedger {

    private final JdbcTemplate jdbc;

    SlotLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims every step of {@code occupied}, in ascending order so that concurrent claims queue instead of deadlocking. */
    public void claim(Appointment appointment, TimeWindow occupied) {
        long grid = BookingSettings.GRID.toSeconds();
        List<Object[]> steps = new ArrayList<>();
        for (long second = occupied.start().getEpochSecond(); second < occupied.end().getEpochSecond(); second += grid) {
            steps.add(new Object[] {appointment.therapist().toString(), second / 60, appointment.id().toString()});
        }
        try {
            jdbc.batchUpdate("INSERT INTO booking_slot_claim (therapist_id, epoch_minute, appointment_id) VALUES (?, ?, ?)",
                    steps);
        } catch (DuplicateKeyException taken) {
            throw slotTaken();
        }
    }

    /** Frees the appointment's time, e.g. when it is cancelled or moved. */
    public void release(Appointment appointment) {
        jdbc.update("DELETE FROM booking_slot_claim WHERE appointment_id = ?", appointment.id().toString());
    }

    public static ConflictException slotTaken() {
        return new ConflictException("slot-unavailable", "Slot not available",
                "This time is not available (any more). Please choose another slot.");
    }
}
