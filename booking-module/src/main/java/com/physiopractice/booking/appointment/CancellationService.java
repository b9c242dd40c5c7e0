package com.physiopractice.booking.appointment;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.identity.access.Caller;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cancels an appointment; its time is bookable again at once. */
@Service
public class CancellationService {

    private final AppointmentAccess access;
    private final Appointments appointments;
    private final SlotLedger ledger;
    private final BookingSettings settings;
    private final Clock clock;

    CancellationService(AppointmentAccess access, Appointments appointments, SlotLedger ledger, BookingSettings settings,
            Clock clock) {
        this.access = access;
        this.appointments = appointments;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /** Its patient until the start (LATE_CANCELLED inside the change window); its therapist at any time. */
    @Transactional
    public AppointmentView cancel(Caller caller, AppointmentId id, @Nullable String reason) {
        Appointment appointment = access.ofParty(caller, id);
        appointment.cancel(AppointmentAccess.changedBy(caller), reason, clock.instant(), settings.changeWindow());
        ledger.release(appointment);
        return appointments.save(appointment).view(settings.nameOf(appointment.typeCode()));
    }
}
