package com.physiopractice.booking.appointment;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.identity.access.Caller;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's decisions on a consultation: it took place, the patient did not come, or one
 * held by a new sign in the patient's check-in may go ahead.
 */
@Service
public class AttendanceService {

    private final AppointmentAccess access;
    private final Appointments appointments;
    private final BookingSettings settings;
    private final Clock clock;

    AttendanceService(AppointmentAccess access, Appointments appointments, BookingSettings settings, Clock clock) {
        this.access = access;
        this.appointments = appointments;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public AppointmentView complete(Caller therapist, AppointmentId id) {
        return change(therapist, id, appointment -> appointment.complete(clock.instant()));
    }

    @Transactional
    public AppointmentView markNoShow(Caller therapist, AppointmentId id) {
        return change(therapist, id, appointment -> appointment.markNoShow(clock.instant()));
    }

    /** After looking at the new sign (and usually speaking to the patient), the therapist lets it go ahead. */
    @Transactional
    public AppointmentView releaseHold(Caller therapist, AppointmentId id) {
        return change(therapist, id, appointment -> appointment.releaseHold(clock.instant()));
    }

    private AppointmentView change(Caller therapist, AppointmentId id, Consumer<Appointment> change) {
        Appointment appointment = access.ofParty(therapist, id);
        change.accept(appointment);
        return appointments.save(appointment).view(settings.nameOf(appointment.typeCode()));
    }
}
