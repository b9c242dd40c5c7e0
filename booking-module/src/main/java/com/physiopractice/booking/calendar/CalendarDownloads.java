package com.physiopractice.booking.calendar;

import com.physiopractice.booking.AppointmentDetails;
import com.physiopractice.booking.AppointmentId;
import com.physiopractice.booking.CalendarFiles;
import com.physiopractice.booking.appointment.AppointmentService;
import com.physiopractice.domain.access.Caller;
import com.physiopractice.domain.people.Therapist;
import com.physiopractice.domain.people.Therapists;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** An appointment as a calendar file, for its patient or its therapist. */
@Service
public class CalendarDownloads {

    private final AppointmentService appointments;
    private final Therapists therapists;
    private final Clock clock;

    CalendarDownloads(AppointmentService appointments, Therapists therapists, Clock clock) {
        this.appointments = appointments;
        this.therapists = therapists;
        this.clock = clock;
    }

    public String download(Caller caller, AppointmentId id) {
        AppointmentDetails appointment = appointments.details(caller, id);
        String therapist = therapists.find(appointment.therapist()).map(Therapist::displayName).orElse("your therapist");
        return CalendarFiles.download(appointment, appointment.typeName() + " with " + therapist,
                CalendarFiles.describe(appointment), clock.instant());
    }
}
