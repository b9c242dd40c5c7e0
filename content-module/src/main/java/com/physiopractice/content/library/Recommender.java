package com.physiopractice.content.library;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.content.ContentType;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.TriageClearance;
import java.util.EnumSet;
import org.springframework.stereotype.Service;

/** Education picked for a patient's own intake, through triage's published profile of it. */
@Service
public class Recommender {

    public static final AuditAction RECOMMENDATIONS_READ = AuditAction.of("CONTENT_RECOMMENDATIONS_READ");

    private final TriageClearance triage;
    private final PublishedContent library;
    private final AuditTrail audit;

    Recommender(TriageClearance triage, PublishedContent library, AuditTrail audit) {
        this.triage = triage;
        this.library = library;
        this.audit = audit;
    }

    public record ForIntake(IntakeProfile profile, RecommendationPolicy.Recommendation recommendation) {
    }

    /** What to read for the patient's own intake; another patient's intake does not exist for her. */
    public ForIntake forIntake(PatientId patient, IntakeId intake) {
        IntakeProfile profile = triage.profile(patient, intake).orElseThrow(() -> new NotFoundException("The intake"));
        audit.record(RECOMMENDATIONS_READ, "intake", intake);
        return new ForIntake(profile, RecommendationPolicy.recommend(profile, library.ofTypes(EnumSet.allOf(ContentType.class))));
    }
}
