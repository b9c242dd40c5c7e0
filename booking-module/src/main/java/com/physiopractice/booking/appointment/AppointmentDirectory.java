package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentDetails;
import com.physiopractice.booking.AppointmentId;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.Appointments;
import com.physiopractice.booking.BookingSettings;
import com.physiopractice.booking.calendar.CalendarFeeds;
import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppointmentDirectory implements Appointments, CalendarFeeds.AppointmentFeedQueries {

    private final AppointmentRepository appointments;
    private final BookingSettings settings;

    AppointmentDirectory(AppointmentRepository appointments, BookingSettings settings) {
        this.appointments = appointments;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppointmentDetails> find(AppointmentId id) {
        return appointments.findFactsById(id.value()).map(facts -> new AppointmentDetails(new AppointmentId(facts.id()),
                new TherapistId(facts.therapistId()), new PatientId(facts.patientId()),
                typeName(facts.typeCode()), facts.startAt(), facts.endAt(), facts.status(),
                Appointment.calendarSequence(facts.status(), facts.rescheduleCount()), facts.videoLink()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppointmentDetails> confirmedStartingBetween(Instant from, Instant to) {
        return appointments.findByStatusAndStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(
                AppointmentStatus.CONFIRMED, from, to).stream().map(this::details).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppointmentDetails> forTherapistFrom(TherapistId therapist, Instant from) {
        return appointments.findByTherapistIdAndStatusAndStartAtGreaterThanEqualOrderByStartAt(therapist.value(),
                AppointmentStatus.CONFIRMED, from).stream().map(this::details).toList();
    }

    AppointmentDetails details(Appointment appointment) {
        return new AppointmentDetails(appointment.id(), appointment.therapist(), appointment.patient(),
                typeName(appointment.typeCode()),
                appointment.time().start(), appointment.time().end(), appointment.status(), appointment.calendarSequence(),
                appointment.videoLink());
    }

    private String typeName(String code) {
        return settings.types().stream().filter(type -> type.code().equals(code)).map(AppointmentType::name).findFirst()
                .orElse(code);
    }
}
