package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.booking.slots.SlotPolicy;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.TriageClearance;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A patient books a consultation. The slot rules decide what may be booked (the same rules that
 * list free slots); the slot ledger makes the database refuse any overlap; the booking is one
 * transaction.
 */
@Service
public class BookingService {

    static final String BOOKING_LIMIT = "booking-limit-reached";
    static final String INTAKE_NOT_USABLE = "intake-not-usable";
    static final String MEDICAL_CARE_FIRST = "medical-care-required-first";

    private final Appointments appointments;
    private final SlotLedger ledger;
    private final ScheduleLoader schedules;
    private final FreeTime freeTime;
    private final SlotPolicy rules;
    private final BookingSettings settings;
    private final TriageClearance triage;
    private final VideoRoomIssuer videoRooms;
    private final DeadlockRetry retry;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BookingService(Appointments appointments, SlotLedger ledger, ScheduleLoader schedules, FreeTime freeTime,
            SlotPolicy rules, BookingSettings settings, TriageClearance triage, VideoRoomIssuer videoRooms,
            DeadlockRetry retry, JdbcTemplate jdbc, Clock clock) {
        this.appointments = appointments;
        this.ledger = ledger;
        this.schedules = schedules;
        this.freeTime = freeTime;
        this.rules = rules;
        this.settings = settings;
        this.triage = triage;
        this.videoRooms = videoRooms;
        this.retry = retry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a patient asks to book. */
    public record BookingRequest(TherapistId therapist, String type, Instant start, IntakeId intake) {
    }

    /**
     * Books the consultation for the patient, with one of her own intakes that allows booking, in a
     * slot that is free, within her limit of upcoming appointments.
     */
    public AppointmentView book(PatientId patient, BookingRequest request) {
        AppointmentType type = settings.typeOf(request.type());
        return retry.inTransaction(() -> {
            Instant now = clock.instant();
            requireClearance(triage.forBooking(patient, request.intake()));
            lockQuotaOf(patient);
            if (appointments.countActiveFuture(patient.value(), now) >= settings.maxActiveBookingsPerPatient()) {
                throw new ConflictException(BOOKING_LIMIT, "Booking limit reached", "You already have "
                        + settings.maxActiveBookingsPerPatient() + " upcoming appointments. Cancel one to book another.");
            }
            TherapistProfile therapist = schedules.activeTherapist(request.therapist());
            freeTime.require(therapist, request.start(), type, null, now);
            Appointment appointment = Appointment.book(therapist.id(), patient, type, request.start(), request.intake(),
                    videoRooms.newRoom(), now);
            ledger.claim(appointment, rules.occupied(request.start(), type));
            return appointments.save(appointment).view(type.name());
        });
    }

    private static void requireClearance(BookingClearance clearance) {
        switch (clearance) {
            case CLEARED -> {
            }
            case NOT_FOUND -> throw new RuleViolationException(INTAKE_NOT_USABLE, "Intake not found",
                    "Book with one of your own intake forms.");
            case EXPIRED -> throw new RuleViolationException(INTAKE_NOT_USABLE, "Intake too old",
                    "This intake form is more than 30 days old. Please fill in a new one before booking.");
            case EMERGENCY -> throw new ConflictException(MEDICAL_CARE_FIRST, "Emergency care needed",
                    "Your intake form shows signs that need emergency care. Please go to an emergency department or call 911.");
            case AWAITING_MEDICAL_CLEARANCE -> throw new ConflictException(MEDICAL_CARE_FIRST, "See a doctor first",
                    "Your intake form needs a doctor's assessment first. Our therapist will clear you for booking after it.");
        }
    }

    /** Locks the patient's quota row, so two bookings of one patient on two nodes count one after the other. */
    private void lockQuotaOf(PatientId patient) {
        // One statement that takes the row's exclusive lock whether or not the row exists yet; taking a
        // shared lock first and upgrading it would deadlock two bookings of the same patient.
        jdbc.update("INSERT INTO booking_patient_quota (patient_id) VALUES (?) ON DUPLICATE KEY UPDATE patient_id = patient_id",
                patient.toString());
    }
}
