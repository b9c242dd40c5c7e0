package com.physiopractice.booking.appointment;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.booking.AppointmentLookup;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.availability.ConflictingAppointmentFinder;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading appointments: by their patient or their therapist (every read audited), and by the
 * practice's own jobs through {@link AppointmentLookup}.
 */
@Service
@Transactional(readOnly = true)
public class AppointmentQueryService implements AppointmentLookup, ConflictingAppointmentFinder {

    static final AuditAction APPOINTMENT_READ = AuditAction.of("APPOINTMENT_READ");

    private final Appointments appointments;
    private final AppointmentAccess access;
    private final BookingSettings settings;
    private final AuditTrail audit;

    AppointmentQueryService(Appointments appointments, AppointmentAccess access, BookingSettings settings,
            AuditTrail audit) {
        this.appointments = appointments;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
    }

    /** One appointment, for its patient or its therapist. */
    public AppointmentView read(Caller caller, AppointmentId id) {
        Appointment appointment = access.ofParty(caller, id);
        audit.record(APPOINTMENT_READ, AppointmentAccess.SUBJECT, appointment.id());
        return view(appointment);
    }

    /**
     * Filters of an appointment list; each optional. {@code to} is exclusive.
     *
     * @param patient for a therapist: only her appointments with this patient
     */
    public record ListQuery(@Nullable Instant from, @Nullable Instant to, @Nullable AppointmentStatus status,
            @Nullable PatientId patient) {

        public ListQuery(@Nullable Instant from, @Nullable Instant to, @Nullable AppointmentStatus status) {
            this(from, to, status, null);
        }
    }

    /** A patient's own appointments, or the therapist's; soonest first. */
    public Page<AppointmentView> list(Caller caller, ListQuery query, Pageable page) {
        List<Specification<Appointment>> filters = new ArrayList<>();
        if (caller.isPatient()) {
            filters.add((root, q, cb) -> cb.equal(root.get("patientId"), caller.requirePatient().value()));
        } else {
            filters.add((root, q, cb) -> cb.equal(root.get("therapistId"), caller.requireTherapist().value()));
        }
        PatientId patient = query.patient();
        if (patient != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("patientId"), patient.value()));
        }
        Instant from = query.from();
        if (from != null) {
            filters.add((root, q, cb) -> cb.greaterThan(root.<Instant>get("endAt"), from));
        }
        Instant to = query.to();
        if (to != null) {
            filters.add((root, q, cb) -> cb.lessThan(root.<Instant>get("startAt"), to));
        }
        AppointmentStatus status = query.status();
        if (status != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("status"), status));
        }
        Page<Appointment> found = appointments.findAll(Specification.allOf(filters), page);
        audit.recordEach(APPOINTMENT_READ, AppointmentAccess.SUBJECT, found.getContent().stream().map(Appointment::id).toList());
        return found.map(this::view);
    }

    @Override
    public Optional<AppointmentView> find(AppointmentId id) {
        return appointments.findById(id.value()).map(this::view);
    }

    @Override
    public List<AppointmentView> confirmedStartingBetween(Instant from, Instant to) {
        return appointments.findByStatusAndStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(
                AppointmentStatus.CONFIRMED, from, to).stream().map(this::view).toList();
    }

    /** The therapist's confirmed appointments from a time on, for her calendar feed. */
    public List<AppointmentView> confirmedOfTherapistFrom(TherapistId therapist, Instant from) {
        return appointments.findByTherapistIdAndStatusAndStartAtGreaterThanEqualOrderByStartAt(therapist.value(),
                AppointmentStatus.CONFIRMED, from).stream().map(this::view).toList();
    }

    @Override
    public List<AppointmentId> confirmedOverlapping(TherapistId therapist, TimeWindow window) {
        return appointments.findActiveOverlapping(therapist.value(), window.start(), window.end()).stream()
                .map(Appointment::id).toList();
    }

    private AppointmentView view(Appointment appointment) {
        return appointment.view(settings.nameOf(appointment.typeCode()));
    }
}
