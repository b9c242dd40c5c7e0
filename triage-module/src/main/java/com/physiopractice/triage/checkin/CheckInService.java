package com.physiopractice.triage.checkin;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.ExpectedCheckIn;
import com.physiopractice.triage.intake.Intake;
import com.physiopractice.triage.intake.IntakeService;
import com.physiopractice.triage.intake.SafetyAdvice;
import com.physiopractice.triage.intake.SafetyEvent;
import com.physiopractice.triage.intake.TriageSettings;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.Assessment.RedFlag;
import com.physiopractice.triage.rules.FormReader;
import com.physiopractice.triage.rules.KnownAnswers;
import com.physiopractice.triage.rules.Ruleset;
import com.physiopractice.triage.rules.SafetyFinding;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The check-in before each consultation: booking registers the consultations, the patient answers
 * the safety questions again, and new emergency or urgent signs are assessed with the intake's
 * other answers by the active ruleset. Such signs are told to the patient with the guidance an
 * intake would give, recorded as a safety event (which alerts the therapists and makes booking
 * hold the appointment) and audited, even when another answer of the check-in is invalid.
 */
@Service
public class CheckInService implements CheckInSchedule {

    public static final AuditAction CHECK_IN_ANSWERED = AuditAction.of("CHECK_IN_ANSWERED");
    public static final AuditAction CHECK_IN_READ = AuditAction.of("CHECK_IN_READ");
    static final String SUBJECT = "APPOINTMENT";

    private final ConsultationCheckIns checkIns;
    private final IntakeService intakes;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final TriageSettings settings;
    private final Clock clock;

    CheckInService(ConsultationCheckIns checkIns, IntakeService intakes, PatientDirectory patients, AuditTrail audit,
            TriageSettings settings, Clock clock) {
        this.checkIns = checkIns;
        this.intakes = intakes;
        this.patients = patients;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A check-in as answered.
     *
     * @param safety the guidance for new emergency or urgent signs; absent when there are none
     */
    public record Result(ConsultationCheckIn checkIn, CheckInAnswer answer, @Nullable SafetyAdvice safety) {

        /** Booking holds the appointment on the safety event, in the same transaction. */
        public boolean appointmentHeld() {
            return safety != null;
        }
    }

    @Override
    @Transactional
    public void expect(ExpectedCheckIn consultation) {
        Optional<ConsultationCheckIn> known = checkIns.findById(consultation.appointment().value());
        if (known.isPresent()) {
            known.get().moveTo(consultation.start(), consultation.end());
        } else {
            checkIns.save(ConsultationCheckIn.expect(consultation));
        }
    }

    @Override
    @Transactional
    public void withdraw(AppointmentId appointment) {
        checkIns.findById(appointment.value()).ifPresent(checkIn -> checkIn.withdraw(clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Status> statusOf(AppointmentId appointment) {
        return checkIns.findById(appointment.value()).map(checkIn -> checkIn.status(clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Status> statusesOf(java.util.Collection<AppointmentId> appointments) {
        if (appointments.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return checkIns.findAllWithAnswers(appointments.stream().map(AppointmentId::value).toList()).stream()
                .map(checkIn -> checkIn.status(now)).toList();
    }

    /** The check-in, for its patient or a therapist; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public ConsultationCheckIn read(Caller caller, AppointmentId appointment) {
        ConsultationCheckIn checkIn = checkIns.findById(appointment.value())
                .filter(found -> caller.isTherapist() || caller.isPatient() && found.isOf(caller.patient()))
                .orElseThrow(() -> new NotFoundException("The consultation's check-in"));
        audit.record(CHECK_IN_READ, SUBJECT, appointment);
        return checkIn;
    }

    /**
     * The patient's answers. A refusal for bad answers does not roll back: the safety event of new
     * signs among the answers that could be read must be kept.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public Result answer(PatientId patient, AppointmentId appointment, JsonNode body) {
        ConsultationCheckIn checkIn = checkIns.findById(appointment.value()).filter(found -> found.isOf(patient))
                .orElseThrow(() -> new NotFoundException("The consultation's check-in"));
        Instant now = clock.instant();
        checkIn.requireOpen(now);
        Intake intake = intakes.intakeOf(checkIn.patient(), checkIn.intake());
        PatientProfile profile = patients.find(patient).orElseThrow(() -> new NotFoundException("The patient"));
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        Ruleset ruleset = settings.ruleset();

        FormReader.SafetyReading reading = FormReader.readSafetyAnswers(body);
        Set<SafetyQuestion> fresh = checkIn.newSigns(reading.answered(), intake.answers().safety());
        KnownAnswers known = KnownAnswers.of(intake.answers()).withSafety(reading.answered());
        List<RedFlag> flags = reading.isValid()
                ? ruleset.assess(intake.answers().withSafety(reading.answered()), profile.dateOfBirth(), today).redFlags()
                : ruleset.screen(known, profile.dateOfBirth(), today).map(SafetyFinding::redFlags).orElse(List.of());
        Optional<SafetyFinding> concern = concernFromNewSigns(flags, fresh);
        UUID safetyEvent = concern.map(found -> intakes.recordSafetyEvent(SafetyEvent.inCheckIn(patient, appointment,
                ruleset.version(), found, known, now)).value()).orElse(null);
        SafetyAdvice advice = concern.map(SafetyAdvice::of).orElse(null);

        if (!reading.isValid()) {
            InvalidInputException refused = reading.refusal();
            if (advice != null) {
                refused = refused.with("safety", advice);
            }
            if (reading.answered().size() < SafetyQuestion.values().length) {
                refused = refused.with("emergencyAdvice", EmergencyAdvice.PUBLIC);
            }
            throw refused;
        }
        CheckInAnswer answer = checkIn.answer(new CheckInAnswer(reading.answered(),
                fresh.stream().map(question -> "safety:" + question).toList(),
                concern.map(SafetyFinding::disposition).orElse(null), concern.map(SafetyFinding::rules).orElse(List.of()),
                safetyEvent, now));
        checkIns.save(checkIn);
        audit.recordWithChange(CHECK_IN_ANSWERED, SUBJECT, appointment);
        return new Result(checkIn, answer, advice);
    }

    /** The emergency and urgent rules that fired on a new sign; signs seen before are the therapist's already. */
    static Optional<SafetyFinding> concernFromNewSigns(List<RedFlag> flags, Set<SafetyQuestion> fresh) {
        List<RedFlag> raised = flags.stream().filter(flag -> !flag.disposition().allowsBooking())
                .filter(flag -> fresh.stream().anyMatch(sign -> flag.triggeredBy().contains("safety:" + sign)))
                .toList();
        if (raised.isEmpty()) {
            return Optional.empty();
        }
        Disposition disposition = raised.stream().map(RedFlag::disposition).min(Comparator.naturalOrder()).orElseThrow();
        List<String> rules = raised.stream().filter(flag -> flag.disposition() == disposition).map(RedFlag::rule).toList();
        return Optional.of(new SafetyFinding(disposition, rules, raised));
    }
}
