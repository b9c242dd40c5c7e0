package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.IntakeId;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** The pages' way into booking: the API's use cases, nothing of their own. */
@Service
class PatientBooking implements OnlineBooking {

    private final BookingService booking;
    private final AppointmentQueryService appointments;
    private final BookingSettings settings;

    PatientBooking(BookingService booking, AppointmentQueryService appointments, BookingSettings settings) {
        this.booking = booking;
        this.appointments = appointments;
        this.settings = settings;
    }

    @Override
    public List<AppointmentType> appointmentTypes() {
        return settings.types();
    }

    @Override
    public AppointmentView book(PatientId patient, TherapistId therapist, String type, Instant start, IntakeId intake) {
        return booking.book(patient, new BookingService.BookingRequest(therapist, type, start, intake));
    }

    @Override
    public AppointmentView appointment(Caller caller, AppointmentId appointment) {
        return appointments.read(caller, appointment);
    }
}
