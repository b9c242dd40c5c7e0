package com.physiopractice.booking.online;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.booking.appointment.AppointmentQueryService;
import com.physiopractice.booking.appointment.BookingService;
import com.physiopractice.booking.appointment.CancellationService;
import com.physiopractice.booking.appointment.ReschedulingService;
import com.physiopractice.booking.calendar.CalendarDownload;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.IntakeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The pages' way into booking: the API's use cases, nothing of their own. */
@Service
class PatientBooking implements OnlineBooking {

    private final BookingService booking;
    private final AppointmentQueryService appointments;
    private final CancellationService cancellation;
    private final ReschedulingService rescheduling;
    private final CalendarDownload downloads;
    private final BookingSettings settings;
    private final Clock clock;

    PatientBooking(BookingService booking, AppointmentQueryService appointments, CancellationService cancellation,
            ReschedulingService rescheduling, CalendarDownload downloads, BookingSettings settings, Clock clock) {
        this.booking = booking;
        this.appointments = appointments;
        this.cancellation = cancellation;
        this.rescheduling = rescheduling;
        this.downloads = downloads;
        this.settings = settings;
        this.clock = clock;
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

    @Override
    public Consultations consultations(Caller caller) {
        Instant now = clock.instant();
        // A patient's whole history is short (a few dozen at most): one page of it is all of it.
        List<AppointmentView> all = appointments.list(caller, new AppointmentQueryService.ListQuery(null, null, null),
                PageRequest.of(0, 200, Sort.by("startAt", "id"))).getContent();
        Map<Boolean, List<AppointmentView>> toCome = all.stream().collect(Collectors.partitioningBy(
                appointment -> appointment.isActive() && appointment.end().isAfter(now)));
        List<AppointmentView> past = new ArrayList<>(toCome.get(false));
        Collections.reverse(past);
        return new Consultations(toCome.get(true), past);
    }

    @Override
    public AppointmentView reschedule(Caller caller, AppointmentId appointment, Instant newStart) {
        return rescheduling.reschedule(caller, appointment, newStart);
    }

    @Override
    public String calendarFile(Caller caller, AppointmentId appointment) {
        return downloads.download(caller, appointment);
    }

    @Override
    public AppointmentView cancel(Caller caller, AppointmentId appointment, @Nullable String reason) {
        return cancellation.cancel(caller, appointment, reason);
    }

    @Override
    public Duration changeWindow() {
        return settings.changeWindow();
    }
}
