package com.physiopractice.triage.intake;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.SafetyNet;
import com.physiopractice.triage.TriageClearance;
import com.physiopractice.triage.rules.AnswerCode;
import com.physiopractice.triage.rules.LegSymptoms;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published {@link TriageClearance}, read from the intakes alone. */
@Service
@EnableConfigurationProperties(TriageSettings.class)
class TriageClearanceService implements TriageClearance {

    private final Intakes intakes;
    private final TriageSettings settings;
    private final Clock clock;

    TriageClearanceService(Intakes intakes, TriageSettings settings, Clock clock) {
        this.intakes = intakes;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public BookingClearance forBooking(PatientId patient, IntakeId intake) {
        Optional<Intakes.Standing> found = intakes.findStandingById(intake.value())
                .filter(candidate -> candidate.patientId().equals(patient.value()));
        if (found.isEmpty()) {
            return BookingClearance.NOT_FOUND;
        }
        Intakes.Standing own = found.get();
        if (own.submittedAt().plus(settings.intakeValidityForBooking()).isBefore(clock.instant())) {
            return BookingClearance.EXPIRED;
        }
        return switch (own.currentDisposition()) {
            case EMERGENCY -> BookingClearance.EMERGENCY;
            case URGENT_MEDICAL -> BookingClearance.AWAITING_MEDICAL_CLEARANCE;
            default -> BookingClearance.CLEARED;
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IntakeProfile> profile(PatientId patient, IntakeId intake) {
        return intakes.findById(intake.value()).filter(candidate -> candidate.isOwnedBy(patient))
                .map(own -> new IntakeProfile(own.id(), own.currentDisposition(),
                        own.assessment().conditions().stream().map(finding -> finding.condition()).toList(),
                        own.answers().symptoms().contains(
                                AnswerCode.Symptom.SHOOTING_PAIN_DOWN_LEG)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SafetyNet> safetyNet(PatientId patient, IntakeId intake) {
        // An intake assessed before lbhp-2 has no safety-netting in its (unchanged) result, but its
        // patient's leg symptoms call for the warning signs all the same.
        return intakes.findById(intake.value()).filter(candidate -> candidate.isOwnedBy(patient))
                .filter(own -> own.currentDisposition() != Disposition.EMERGENCY)
                .map(own -> own.assessment().safetyNet() != null ? own.assessment().safetyNet()
                        : LegSymptoms.of(own.answers()))
                .map(finding -> SafetyNet.forLegSymptoms(finding.triggeredBy()));
    }
}
