package com.physiopractice.content.library;

import com.physiopractice.content.ContentType;
import com.physiopractice.domain.access.Caller;
import com.physiopractice.domain.audit.AuditAction;
import com.physiopractice.domain.audit.AuditTrail;
import com.physiopractice.domain.problems.DomainProblem;
import com.physiopractice.domain.problems.ProblemTypes;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.TriageClearance;
import java.util.EnumSet;
import org.springframework.stereotype.Service;

/** Education picked for a patient's own intake, through triage's published profile of it. */
@Service
public class Recommendations {

    public static final AuditAction RECOMMENDATIONS_READ = AuditAction.of("CONTENT_RECOMMENDATIONS_READ");

    private final TriageClearance triage;
    private final PublishedContent library;
    private final AuditTrail audit;

    Recommendations(TriageClearance triage, PublishedContent library, AuditTrail audit) {
        this.triage = triage;
        this.library = library;
        this.audit = audit;
    }

    public record ForIntake(IntakeProfile profile, RecommendationRules.Recommendation recommendation) {
    }

    public ForIntake forIntake(Caller caller, IntakeId intake) {
        if (!caller.isPatient()) {
            throw new DomainProblem(403, ProblemTypes.FORBIDDEN, "Forbidden",
                    "Recommendations are for the patient who filled in the intake.");
        }
        IntakeProfile profile = triage.profile(caller.patient(), intake)
                .orElseThrow(() -> DomainProblem.notFound("The intake"));
        audit.record(RECOMMENDATIONS_READ, "intake", intake);
        return new ForIntake(profile, RecommendationRules.recommend(profile, library.ofTypes(EnumSet.allOf(ContentType.class))));
    }
}
