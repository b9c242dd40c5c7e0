package com.physiopractice.triage;

import com.physiopractice.domain.PatientId;
import com.physiopractice.triage.intake.Intake;
import com.physiopractice.triage.intake.IntakeRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published API other modules use to learn what an intake allows: booking checks clearance,
 * education picks content from the profile. Only the intake's own patient gets an answer.
 */
@Service
public class TriageClearance {

    private final IntakeRepository intakes;
    private final TriageSettings settings;
    private final Clock clock;

    TriageClearance(IntakeRepository intakes, TriageSettings settings, Clock clock) {
        this.intakes = intakes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Whether the patient may book with this intake: their own, not older than the validity
     * period (30 days), not EMERGENCY, and not URGENT_MEDICAL unless the therapist has since
     * changed the disposition to one that allows booking.
     */
    @Transactional(readOnly = true)
    public BookingClearance forBooking(PatientId patient, IntakeId intake) {
        Optional<IntakeRepository.Standing> found = intakes.findStandingById(intake.value())
                .filter(candidate -> candidate.patientId().equals(patient.value()));
        if (found.isEmpty()) {
            return BookingClearance.NOT_FOUND;
        }
        IntakeRepository.Standing own = found.get();
        if (own.submittedAt().plus(settings.intakeValidityForBooking()).isBefore(clock.instant())) {
            return BookingClearance.EXPIRED;
        }
        return switch (own.currentDisposition()) {
            case EMERGENCY -> BookingClearance.EMERGENCY;
            case URGENT_MEDICAL -> BookingClearance.AWAITING_MEDICAL_CLEARANCE;
            default -> BookingClearance.CLEARED;
        };
    }

    /** What education may know of the patient's own intake; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<IntakeProfile> profile(PatientId patient, IntakeId intake) {
        return intakes.findById(intake.value()).filter(candidate -> candidate.isOwnedBy(patient))
                .map(own -> new IntakeProfile(own.id(), own.currentDisposition(),
                        own.assessment().conditions().stream().map(finding -> finding.condition()).toList(),
                        own.answers().symptoms().contains(
                                com.physiopractice.triage.rules.AnswerCodes.Symptom.SHOOTING_PAIN_DOWN_LEG)));
    }
}
