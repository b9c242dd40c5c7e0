package com.physiopractice.booking.calendar;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.appointment.AppointmentQueryService;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** An appointment as a calendar file, for its patient or its therapist. */
@Service
public class CalendarDownload {

    private final AppointmentQueryService appointments;
    private final TherapistDirectory therapists;
    private final Clock clock;

    CalendarDownload(AppointmentQueryService appointments, TherapistDirectory therapists, Clock clock) {
        this.appointments = appointments;
        this.therapists = therapists;
        this.clock = clock;
    }

    public String download(Caller caller, AppointmentId id) {
        AppointmentView appointment = appointments.read(caller, id);
        String therapist = therapists.find(appointment.therapist()).map(TherapistProfile::displayName)
                .orElse("your therapist");
        return IcsCalendar.download(appointment, appointment.typeName() + " with " + therapist,
                IcsCalendar.describe(appointment), clock.instant());
    }
}
