package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentDetails;
import com.physiopractice.booking.AppointmentId;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.BookingSettings;
import com.physiopractice.booking.availability.CalendarRevisions;
import com.physiopractice.booking.slots.SlotRules;
import com.physiopractice.booking.slots.SlotRules.Refusal;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.access.Caller;
import com.physiopractice.domain.access.Secrets;
import com.physiopractice.domain.audit.AuditAction;
import com.physiopractice.domain.audit.AuditTrail;
import com.physiopractice.domain.people.Therapist;
import com.physiopractice.domain.problems.DomainProblem;
import com.physiopractice.domain.problems.InvalidInputException;
import com.physiopractice.domain.problems.ProblemTypes;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.TriageClearance;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use cases of booking. The slot rules decide what may be booked (the same rules that list free
 * slots); the slot claims make the database refuse any overlap; each change is one transaction.
 */
@Service
public class AppointmentService {

    public static final AuditAction APPOINTMENT_BOOKED = AuditAction.of("APPOINTMENT_BOOKED");
    public static final AuditAction APPOINTMENT_READ = AuditAction.of("APPOINTMENT_READ");
    public static final AuditAction APPOINTMENT_CHANGED = AuditAction.of("APPOINTMENT_CHANGED");
    public static final AuditAction APPOINTMENT_ACCESS_REFUSED = AuditAction.of("APPOINTMENT_ACCESS_REFUSED");
    static final String SUBJECT = "APPOINTMENT";

    static final URI BOOKING_LIMIT = ProblemTypes.of("booking-limit-reached");
    static final URI OUTSIDE_BOOKING_WINDOW = ProblemTypes.of("outside-booking-window");
    static final URI INTAKE_NOT_USABLE = ProblemTypes.of("intake-not-usable");
    static final URI MEDICAL_CARE_FIRST = ProblemTypes.of("medical-care-required-first");

    /** Concurrent claims of the same steps may deadlock in InnoDB; the loser retries and then sees the winner's claim. */
    private static final int ATTEMPTS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AppointmentRepository appointments;
    private final SlotClaims claims;
    private final Schedules schedules;
    private final SlotRules rules;
    private final BookingSettings settings;
    private final TriageClearance triage;
    private final IdempotencyKeys idempotency;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final VideoRooms videoRooms;
    private final AppointmentDirectory directory;
    private final CalendarRevisions revisions;
    private final Clock clock;

    AppointmentService(AppointmentRepository appointments, SlotClaims claims, Schedules schedules,
            BookingSettings settings, TriageClearance triage, IdempotencyKeys idempotency, AuditTrail audit,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, VideoRooms videoRooms,
            AppointmentDirectory directory, CalendarRevisions revisions, Clock clock) {
        this.videoRooms = videoRooms;
        this.revisions = revisions;
        this.directory = directory;
        this.appointments = appointments;
        this.claims = claims;
        this.schedules = schedules;
        this.rules = new SlotRules(settings);
        this.settings = settings;
        this.triage = triage;
        this.idempotency = idempotency;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** What a patient asks to book. */
    public record BookingRequest(TherapistId therapist, String type, Instant start, IntakeId intake) {

        /** Identifies the request for Idempotency-Key checks: same fields, same hash. */
        String hash() {
            return Secrets.sha256Hex(toString());
        }
    }

    /** The answer to a booking: its status (201, or the stored status of a repeated key) and the appointment. */
    public record Booked(int status, AppointmentView appointment) {
    }

    public AppointmentType type(String code) {
        return settings.types().stream().filter(type -> type.code().equals(code)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("type", "unknown appointment type '" + code + "'; allowed: "
                        + settings.types().stream().map(AppointmentType::code).toList()));
    }

    /**
     * Books a consultation for the calling patient. With an idempotency key, a repeat of the same
     * request returns the first answer and books nothing; the same key with another request is refused.
     */
    public Booked book(Caller caller, BookingRequest request, String idempotencyKey) {
        requireRole(caller.isPatient(), "Only patients book consultations.");
        AppointmentType type = type(request.type());
        return withRetries(() -> transaction.execute(status -> {
            if (idempotencyKey != null) {
                Optional<IdempotencyKeys.StoredAnswer> stored = idempotency.takeOrReplay(caller.patient(),
                        idempotencyKey, request.hash());
                if (stored.isPresent()) {
                    return new Booked(stored.get().status(), JSON.readValue(stored.get().body(), AppointmentView.class));
                }
            }
            AppointmentView view = AppointmentView.of(bookNow(caller, request, type));
            if (idempotencyKey != null) {
                idempotency.complete(caller.patient(), idempotencyKey, 201, JSON.writeValueAsString(view));
            }
            return new Booked(201, view);
        }));
    }

    private Appointment bookNow(Caller caller, BookingRequest request, AppointmentType type) {
        Instant now = clock.instant();
        requireClearance(triage.forBooking(caller.patient(), request.intake()));
        lockQuotaOf(caller);
        if (appointments.countActiveFuture(caller.patient().value(), now) >= settings.maxActiveBookingsPerPatient()) {
            throw new DomainProblem(409, BOOKING_LIMIT, "Booking limit reached", "You already have "
                    + settings.maxActiveBookingsPerPatient() + " upcoming appointments. Cancel one to book another.");
        }
        Therapist therapist = schedules.activeTherapist(request.therapist());
        requireFree(therapist, request.start(), type, null, now);
        Appointment appointment = Appointment.book(therapist.id(), caller.patient(), type, request.start(),
                request.intake(), videoRooms.newRoom(), now);
        claims.claim(appointment, rules.occupied(request.start(), type));
        Appointment saved = appointments.save(appointment);
        audit.recordWithChange(APPOINTMENT_BOOKED, SUBJECT, saved.id());
        revisions.changed(therapist.id());
        return saved;
    }

    /** Moves an appointment, atomically: it holds either its old time or its new time, never both or neither. */
    public AppointmentView reschedule(Caller caller, AppointmentId id, Instant newStart) {
        return withRetries(() -> transaction.execute(status -> {
            Appointment appointment = changeable(caller, id);
            AppointmentType type = type(appointment.typeCode());
            Instant now = clock.instant();
            Therapist therapist = schedules.activeTherapist(appointment.therapist());
            requireFree(therapist, newStart, type, appointment, now);
            appointment.reschedule(caller, newStart, type.duration(), now, settings.changeWindow());
            claims.release(appointment);
            claims.claim(appointment, rules.occupied(newStart, type));
            audit.recordWithChange(APPOINTMENT_CHANGED, SUBJECT, appointment.id());
            revisions.changed(appointment.therapist());
            return AppointmentView.of(appointments.save(appointment));
        }));
    }

    public AppointmentView cancel(Caller caller, AppointmentId id, String reason) {
        return transaction.execute(status -> {
            Appointment appointment = changeable(caller, id);
            appointment.cancel(caller, reason, clock.instant(), settings.changeWindow());
            claims.release(appointment);
            audit.recordWithChange(APPOINTMENT_CHANGED, SUBJECT, appointment.id());
            revisions.changed(appointment.therapist());
            return AppointmentView.of(appointments.save(appointment));
        });
    }

    public AppointmentView complete(Caller caller, AppointmentId id) {
        return therapistChange(caller, id, appointment -> appointment.complete(clock.instant()));
    }

    public AppointmentView markNoShow(Caller caller, AppointmentId id) {
        return therapistChange(caller, id, appointment -> appointment.markNoShow(clock.instant()));
    }

    private AppointmentView therapistChange(Caller caller, AppointmentId id, java.util.function.Consumer<Appointment> change) {
        requireRole(caller.isTherapist(), "Only the therapist records how a consultation went.");
        return transaction.execute(status -> {
            Appointment appointment = changeable(caller, id);
            change.accept(appointment);
            audit.recordWithChange(APPOINTMENT_CHANGED, SUBJECT, appointment.id());
            revisions.changed(appointment.therapist());
            return AppointmentView.of(appointments.save(appointment));
        });
    }

    public AppointmentView read(Caller caller, AppointmentId id) {
        return readOnly.execute(status -> {
            Appointment appointment = visible(caller, id);
            audit.record(APPOINTMENT_READ, SUBJECT, appointment.id());
            return AppointmentView.of(appointment);
        });
    }

    /** The appointment as calendars need it, for its patient or its therapist (audited like any read). */
    public AppointmentDetails details(Caller caller, AppointmentId id) {
        return readOnly.execute(status -> {
            Appointment appointment = visible(caller, id);
            audit.record(APPOINTMENT_READ, SUBJECT, appointment.id());
            return directory.details(appointment);
        });
    }

    /** Filters of an appointment list; each optional. {@code to} is exclusive. */
    public record ListQuery(Instant from, Instant to, AppointmentStatus status) {
    }

    /** A patient's own appointments, or the therapist's; soonest first. */
    public Page<AppointmentView> list(Caller caller, ListQuery query, Pageable page) {
        requireRole(caller.isPatient() || caller.isTherapist(), "Only patients and therapists have appointments.");
        List<Specification<Appointment>> filters = new ArrayList<>();
        if (caller.isPatient()) {
            filters.add((root, q, cb) -> cb.equal(root.get("patientId"), caller.patient().value()));
        } else {
            filters.add((root, q, cb) -> cb.equal(root.get("therapistId"), caller.therapist().value()));
        }
        if (query.from() != null) {
            filters.add((root, q, cb) -> cb.greaterThan(root.<Instant>get("endAt"), query.from()));
        }
        if (query.to() != null) {
            filters.add((root, q, cb) -> cb.lessThan(root.<Instant>get("startAt"), query.to()));
        }
        if (query.status() != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("status"), query.status()));
        }
        return readOnly.execute(status -> {
            Page<Appointment> found = appointments.findAll(Specification.allOf(filters), page);
            audit.recordEach(APPOINTMENT_READ, SUBJECT, found.getContent().stream().map(Appointment::id).toList());
            return found.map(AppointmentView::of);
        });
    }

    private void requireFree(Therapist therapist, Instant start, AppointmentType type, Appointment except, Instant now) {
        var schedule = schedules.around(therapist, start, start.plus(type.duration()), except);
        Optional<Refusal> refusal = rules.check(start, type, schedule, now);
        if (refusal.isEmpty()) {
            return;
        }
        switch (refusal.get()) {
            case TOO_SOON -> throw new DomainProblem(422, OUTSIDE_BOOKING_WINDOW, "Too soon",
                    "Appointments must be booked at least " + settings.minimumNotice().toHours() + " hours ahead.");
            case TOO_FAR_AHEAD -> throw new DomainProblem(422, OUTSIDE_BOOKING_WINDOW, "Too far ahead",
                    "Appointments can be booked up to " + settings.horizon().toDays() + " days ahead.");
            default -> throw SlotClaims.slotTaken();
        }
    }

    private static void requireClearance(BookingClearance clearance) {
        switch (clearance) {
            case CLEARED -> {
            }
            case NOT_FOUND -> throw new DomainProblem(422, INTAKE_NOT_USABLE, "Intake not found",
                    "Book with one of your own intake forms.");
            case EXPIRED -> throw new DomainProblem(422, INTAKE_NOT_USABLE, "Intake too old",
                    "This intake form is more than 30 days old. Please fill in a new one before booking.");
            case EMERGENCY -> throw new DomainProblem(409, MEDICAL_CARE_FIRST, "Emergency care needed",
                    "Your intake form shows signs that need emergency care. Please go to an emergency department or call 911.");
            case AWAITING_MEDICAL_CLEARANCE -> throw new DomainProblem(409, MEDICAL_CARE_FIRST, "See a doctor first",
                    "Your intake form needs a doctor's assessment first. Our therapist will clear you for booking after it.");
        }
    }

    /** Locks the patient's quota row, so two bookings of one patient on two nodes count one after the other. */
    private void lockQuotaOf(Caller caller) {
        // One statement that takes the row's exclusive lock whether or not the row exists yet; taking a
        // shared lock first and upgrading it would deadlock two bookings of the same patient.
        jdbc.update("INSERT INTO booking_patient_quota (patient_id) VALUES (?) ON DUPLICATE KEY UPDATE patient_id = patient_id",
                caller.patient().toString());
    }

    private Appointment changeable(Caller caller, AppointmentId id) {
        Appointment appointment = visible(caller, id);
        if (caller.isTherapist() && !appointment.isWith(caller.therapist())) {
            throw DomainProblem.notFound("The appointment");
        }
        return appointment;
    }

    private Appointment visible(Caller caller, AppointmentId id) {
        Appointment appointment = appointments.findById(id.value())
                .orElseThrow(() -> DomainProblem.notFound("The appointment"));
        boolean allowed = caller.isPatient() ? appointment.isOf(caller.patient())
                : caller.isTherapist() && appointment.isWith(caller.therapist());
        if (!allowed) {
            audit.record(APPOINTMENT_ACCESS_REFUSED, SUBJECT, id);
            throw DomainProblem.notFound("The appointment");
        }
        return appointment;
    }

    private static <T> T withRetries(Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (PessimisticLockingFailureException deadlock) {
                if (tries >= ATTEMPTS) {
                    throw SlotClaims.slotTaken();
                }
            }
        }
    }

    private static void requireRole(boolean allowed, String why) {
        if (!allowed) {
            throw new DomainProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", why);
        }
    }
}
