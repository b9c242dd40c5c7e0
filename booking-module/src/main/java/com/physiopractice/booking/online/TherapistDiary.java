package com.physiopractice.booking.online;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.booking.appointment.AppointmentQueryService;
import com.physiopractice.booking.appointment.AttendanceService;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The workspace pages' way into booking: the API's use cases, nothing of their own. */
@Service
class TherapistDiary implements PracticeDiary {

    /** More than a therapist can hold in a week of 15-minute consultations around the clock. */
    private static final int MOST_IN_ONE_VIEW = 700;

    private final AppointmentQueryService appointments;
    private final AttendanceService attendance;

    TherapistDiary(AppointmentQueryService appointments, AttendanceService attendance) {
        this.appointments = appointments;
        this.attendance = attendance;
    }

    @Override
    public List<AppointmentView> between(Caller therapist, Instant from, Instant to) {
        therapist.requireTherapist();
        return appointments.list(therapist, new AppointmentQueryService.ListQuery(from, to, null),
                PageRequest.of(0, MOST_IN_ONE_VIEW, Sort.by("startAt", "id"))).getContent();
    }

    @Override
    public List<AppointmentView> withPatient(Caller therapist, PatientId patient) {
        therapist.requireTherapist();
        return appointments.list(therapist, new AppointmentQueryService.ListQuery(null, null, null, patient),
                PageRequest.of(0, MOST_IN_ONE_VIEW, Sort.by(Sort.Direction.DESC, "startAt", "id"))).getContent();
    }

    @Override
    public AppointmentView complete(Caller therapist, AppointmentId appointment) {
        return attendance.complete(therapist, appointment);
    }

    @Override
    public AppointmentView markNoShow(Caller therapist, AppointmentId appointment) {
        return attendance.markNoShow(therapist, appointment);
    }
}
