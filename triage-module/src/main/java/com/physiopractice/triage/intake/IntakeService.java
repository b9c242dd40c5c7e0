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
import com.physiopractice.triage.intake.Intake.Status;
import com.physiopractice.triage.rules.Answers;
import com.physiopractice.triage.rules.Assessment;
import com.physiopractice.triage.rules.RawAnswers;
import com.physiopractice.triage.rules.Ruleset;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    static final String SUBJECT = "INTAKE";

    private final Intakes intakes;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final Clock clock;
    private final Ruleset ruleset = Ruleset.LBHP_1;

    IntakeService(Intakes intakes, PatientDirectory patients, AuditTrail audit, Clock clock) {
        this.intakes = intakes;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** Validates and assesses a patient's answers and stores both; nothing is stored when an answer is invalid. */
    @Transactional
    public Intake submit(PatientId patientId, RawAnswers raw) {
        Answers answers = Answers.parse(raw);
        PatientProfile patient = patients.find(patientId).orElseThrow(() -> new NotFoundException("The patient"));
        LocalDate today = LocalDate.now(clock.withZone(patient.timeZone()));
        Assessment assessment = ruleset.assess(answers, patient.dateOfBirth(), today);
        Intake intake = intakes.save(Intake.submit(IntakeId.random(), patient.id(), answers, assessment, clock.instant()));
        audit.recordWithChange(INTAKE_SUBMITTED, SUBJECT, intake.id());
        return intake;
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
        Intake intake = intakes.findById(id.value()).orElseThrow(() -> new NotFoundException("The intake"));
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

    private Page<Intake> audited(Page<Intake> page) {
        audit.recordEach(INTAKE_READ, SUBJECT, page.getContent().stream().map(Intake::id).toList());
        return page;
    }
}
