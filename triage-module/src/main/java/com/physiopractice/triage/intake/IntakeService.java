package com.physiopractice.triage.intake;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import org.jspecify.annotations.Nullable;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.SafetyEventId;
import com.physiopractice.triage.intake.Intake.Status;
import com.physiopractice.triage.rules.Answers;
import com.physiopractice.triage.rules.Assessment;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import com.physiopractice.triage.rules.FormReader;
import com.physiopractice.triage.rules.Ruleset;
import com.physiopractice.triage.rules.SafetyFinding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Use cases of intake triage: submit and assess, read (owner or therapist only, every read
 * audited), list, and review. The clinical rules live in {@link Ruleset}; this class coordinates.
 */
@Service
public class IntakeService {

    public static final AuditAction INTAKE_SUBMITTED = AuditAction.of("INTAKE_SUBMITTED");
    public static final AuditAction INTAKE_READ = AuditAction.of("INTAKE_READ");
    public static final AuditAction INTAKE_REVIEWED = AuditAction.of("INTAKE_REVIEWED");
    public static final AuditAction INTAKE_ACCESS_REFUSED = AuditAction.of("INTAKE_ACCESS_REFUSED");
    public static final AuditAction SAFETY_EVENT_RECORDED = AuditAction.of("SAFETY_EVENT_RECORDED");
    public static final AuditAction SAFETY_EVENT_READ = AuditAction.of("SAFETY_EVENT_READ");
    static final String SUBJECT = "INTAKE";
    static final String SAFETY_EVENT = "SAFETY_EVENT";

    private final Intakes intakes;
    private final SafetyEvents safetyEvents;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final TriageSettings settings;
    private final Clock clock;

    IntakeService(Intakes intakes, SafetyEvents safetyEvents, PatientDirectory patients, AuditTrail audit,
            TriageSettings settings, Clock clock) {
        this.intakes = intakes;
        this.safetyEvents = safetyEvents;
        this.patients = patients;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Reads, validates and assesses a patient's form with the active ruleset and stores the intake.
     * An invalid form stores no intake and is refused naming every bad field; before that, the
     * answers that could be read are screened, and emergency or urgent signs among them are told to
     * the patient with the refusal and recorded as a safety event (which alerts the therapists), so
     * that a bad answer elsewhere never hides them. That is why the refusal does not roll back.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public Intake submit(PatientId patientId, JsonNode form) {
        FormRead read = read(patientId, form);
        PatientProfile patient = read.patient();
        LocalDate today = read.today();
        Ruleset ruleset = read.ruleset();
        FormReader.Reading reading = read.reading();
        if (!reading.isValid() || reading.answers() == null) {
            throw refusal(patient, ruleset, reading, today);
        }
        Answers answers = reading.answers();
        Assessment assessment = ruleset.assess(answers, patient.dateOfBirth(), today);
        Intake intake = intakes.save(Intake.submit(IntakeId.random(), patient.id(), answers, assessment, clock.instant()));
        audit.recordWithChange(INTAKE_SUBMITTED, SUBJECT, intake.id());
        return intake;
    }

    /**
     * What a part-answered form shows so far, without storing an intake: the problems of the answers
     * given, and a sign that needs medical care, recorded as a safety event (which alerts the
     * therapists) exactly as a refused form's would be. For a questionnaire answered in steps, so
     * that the advice comes as soon as the sign is answered.
     */
    @Transactional
    public Optional<InvalidInputException> check(PatientId patientId, JsonNode form) {
        FormRead read = read(patientId, form);
        PatientProfile patient = read.patient();
        LocalDate today = read.today();
        Ruleset ruleset = read.ruleset();
        FormReader.Reading reading = read.reading();
        if (!reading.isValid() || reading.answers() == null) {
            return Optional.of(refusal(patient, ruleset, reading, today));
        }
        if (!ruleset.screensBeforeValidation()) {
            return Optional.empty();
        }
        return ruleset.screen(reading.known(), patient.dateOfBirth(), today).map(found -> {
            recordSafetyEvent(SafetyEvent.inRefusedForm(patient.id(), ruleset.version(), found, reading.known(),
                    clock.instant()));
            return new InvalidInputException(List.of()).with("safety", SafetyAdvice.of(found));
        });
    }

    /** A form read with the active ruleset for its patient, on her own today. */
    private record FormRead(PatientProfile patient, LocalDate today, Ruleset ruleset, FormReader.Reading reading) {
    }

    private FormRead read(PatientId patientId, JsonNode form) {
        PatientProfile patient = patients.find(patientId).orElseThrow(() -> new NotFoundException("The patient"));
        Ruleset ruleset = settings.ruleset();
        return new FormRead(patient, LocalDate.now(clock.withZone(patient.timeZone())), ruleset,
                FormReader.read(ruleset.questionnaireVersion(), form));
    }

    /** The intake a consultation was booked with, for its check-in. */
    @Transactional(readOnly = true)
    public Intake intakeOf(PatientId patient, IntakeId id) {
        return intakes.findById(id.value()).filter(intake -> intake.isOwnedBy(patient))
                .orElseThrow(() -> new NotFoundException("The intake"));
    }

    /** Stores a safety event (its alert follows after commit) and audits it. */
    @Transactional
    public SafetyEventId recordSafetyEvent(SafetyEvent event) {
        SafetyEvent saved = safetyEvents.save(event);
        audit.recordWithChange(SAFETY_EVENT_RECORDED, SAFETY_EVENT, saved.id());
        return saved.id();
    }

    private InvalidInputException refusal(PatientProfile patient, Ruleset ruleset, FormReader.Reading reading,
            LocalDate today) {
        InvalidInputException refused = reading.refusal();
        if (!ruleset.screensBeforeValidation()) {
            return refused;
        }
        Optional<SafetyFinding> found = ruleset.screen(reading.known(), patient.dateOfBirth(), today);
        if (found.isPresent()) {
            recordSafetyEvent(SafetyEvent.inRefusedForm(patient.id(), ruleset.version(), found.get(), reading.known(),
                    clock.instant()));
            refused = refused.with("safety", SafetyAdvice.of(found.get()));
        }
        if (!reading.known().safetySectionComplete()) {
            // Nothing can be ruled out without the safety answers: say what needs emergency care.
            refused = refused.with("emergencyAdvice", EmergencyAdvice.PUBLIC);
        }
        return refused;
    }

    /** The intake, for its owner or a therapist; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public Intake read(Caller caller, IntakeId id) {
        Intake intake = visibleTo(caller, id);
        audit.record(INTAKE_READ, SUBJECT, intake.id());
        return intake;
    }

    /** A patient's own intakes, newest first. */
    @Transactional(readOnly = true)
    public Page<Intake> ownIntakes(PatientId patient, Pageable page) {
        return audited(intakes.findOwnNewestFirst(patient.value(), page));
    }

    /** For the therapist: intakes most urgent first, oldest first within each urgency; optionally one status. */
    @Transactional(readOnly = true)
    public Page<Intake> reviewQueue(@Nullable Status status, Pageable page) {
        return audited(status == null ? intakes.findAllByUrgency(page) : intakes.findQueue(status, page));
    }

    /** Marks an intake reviewed, optionally overriding its disposition (a note is then required). */
    @Transactional
    public Intake review(TherapistId therapist, IntakeId id, @Nullable Disposition override, @Nullable String note) {
        return reviewed(therapist, forReview(id), override, note);
    }

    /**
     * The same review, unless the intake already has more reviews than the {@code reviewsSeen} on the
     * page she answered: a second click of one review then adds nothing. Two clicks racing each other
     * take turns on the intake's row lock, the second finding the first's review.
     *
     */
    @Transactional
    public ReviewAttempt reviewOnce(TherapistId therapist, IntakeId id, @Nullable Disposition override,
            @Nullable String note, int reviewsSeen) {
        Intake intake = forReview(id);
        if (intake.reviews().size() > reviewsSeen) {
            return new ReviewAttempt(intake, false);
        }
        return new ReviewAttempt(reviewed(therapist, intake, override, note), true);
    }

    /** The intake after a {@link #reviewOnce} and whether that added the review. */
    public record ReviewAttempt(Intake intake, boolean added) {
    }

    private Intake forReview(IntakeId id) {
        return intakes.findByIdForReview(id.value()).orElseThrow(() -> new NotFoundException("The intake"));
    }

    private Intake reviewed(TherapistId therapist, Intake intake, @Nullable Disposition override, @Nullable String note) {
        intake.review(therapist, override, note, clock.instant());
        Intake saved = intakes.save(intake);
        audit.recordWithChange(INTAKE_REVIEWED, SUBJECT, saved.id());
        return saved;
    }

    Intake visibleTo(Caller caller, IntakeId id) {
        Intake intake = intakes.findById(id.value()).orElseThrow(() -> new NotFoundException("The intake"));
        boolean allowed = caller.isTherapist() || caller.isPatient() && intake.isOwnedBy(caller.patient());
        if (!allowed) {
            audit.record(INTAKE_ACCESS_REFUSED, SUBJECT, id);
            throw new NotFoundException("The intake");
        }
        return intake;
    }

    /** For the therapists: safety events outside stored intakes, newest first; every one read is audited. */
    @Transactional(readOnly = true)
    public Page<SafetyEvent> safetyEvents(Pageable page) {
        Page<SafetyEvent> found = safetyEvents.findNewestFirst(page);
        audit.recordEach(SAFETY_EVENT_READ, SAFETY_EVENT, found.getContent().stream().map(SafetyEvent::id).toList());
        return found;
    }

    @Transactional(readOnly = true)
    public SafetyEvent safetyEvent(SafetyEventId id) {
        SafetyEvent event = safetyEvents.findById(id.value()).orElseThrow(() -> new NotFoundException("The safety event"));
        audit.record(SAFETY_EVENT_READ, SAFETY_EVENT, id);
        return event;
    }

    private Page<Intake> audited(Page<Intake> page) {
        audit.recordEach(INTAKE_READ, SUBJECT, page.getContent().stream().map(Intake::id).toList());
        return page;
    }
}
