package com.physiopractice.booking.appointment;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.booking.slots.SlotPolicy;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.TherapistProfile;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** Moves an appointment, atomically: it holds either its old time or its new time, never both or neither. */
@Service
public class ReschedulingService {

    private final AppointmentAccess access;
    private final Appointments appointments;
    private final SlotLedger ledger;
    private final ScheduleLoader schedules;
    private final FreeTime freeTime;
    private final SlotPolicy rules;
    private final BookingSettings settings;
    private final DeadlockRetry retry;
    private final Clock clock;

    ReschedulingService(AppointmentAccess access, Appointments appointments, SlotLedger ledger, ScheduleLoader schedules,
            FreeTime freeTime, SlotPolicy rules, BookingSettings settings, DeadlockRetry retry, Clock clock) {
        this.access = access;
        this.appointments = appointments;
        this.ledger = ledger;
        this.schedules = schedules;
        this.freeTime = freeTime;
        this.rules = rules;
        this.settings = settings;
        this.retry = retry;
        this.clock = clock;
    }

    /** Its patient until the change window before the start; its therapist at any time. */
    public AppointmentView reschedule(Caller caller, AppointmentId id, Instant newStart) {
        return retry.inTransaction(() -> {
            Appointment appointment = access.ofParty(caller, id);
            AppointmentType type = settings.typeOf(appointment.typeCode());
            Instant now = clock.instant();
            TherapistProfile therapist = schedules.activeTherapist(appointment.therapist());
            freeTime.require(therapist, newStart, type, appointment.id(), now);
            appointment.reschedule(AppointmentAccess.changedBy(caller), newStart, type.duration(), now,
                    settings.changeWindow());
            ledger.release(appointment);
            ledger.claim(appointment, rules.occupied(newStart, type));
            return appointments.save(appointment).view(type.name());
        });
    }
}
