package com.physiopractice.content;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The published education library, as readers get it: what the practice's pages show. Only live
 * revisions, rendered and sanitized; drafts never.
 */
public interface EducationLibrary {

    /** Published pieces, of one type and topic if given, best match first when searching. */
    Page<PieceSummary> find(@Nullable ContentType type, @Nullable String tag, @Nullable String query, Pageable page);

    /** A published piece by its address; an address it had before leads to where it is now. */
    Reading read(String slug);

    /** Every published piece, for the sitemap. */
    List<PieceSummary> everything();

    /** A piece picked for a patient, with why in plain words. */
    record Picked(PieceSummary piece, String reason) {
    }

    /**
     * What to read for one of her intakes, as the recommendations API picks it (audited the same
     * way): only what to do now when she must see a doctor first, and never a stretch her answers advise
     * against.
     */
    List<Picked> pickedFor(PatientId patient, IntakeId intake);

    /**
     * Why a published exercise card is not advised for the triage profile of a patient's intake, in
     * plain words, as recommendations decide it; empty when it is suitable or is not an exercise.
     * The clinical record asks before a therapist puts it in a home exercise programme.
     */
    Optional<String> notAdvisedFor(PieceSummary exercise, IntakeProfile profile);

    /** The topics (tags) of the published pieces, in order. */
    List<String> topics();

    /** What reading an address gives. */
    sealed interface Reading {

        /** @param version changes whenever another revision goes live (an ETag) */
        record Found(EducationPiece piece, String version) implements Reading {
        }

        /** The piece moved: it is published under this slug now. */
        record Moved(String slug) implements Reading {
        }

        record Missing() implements Reading {
        }
    }
}
