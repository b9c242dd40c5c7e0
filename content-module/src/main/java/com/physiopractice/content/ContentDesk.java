package com.physiopractice.content;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.triage.ConditionCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The therapist's editorial desk, as her workspace pages use it, with the API's rules and audit:
 * writing and saving pieces (a save over a newer version is refused), the workflow (draft, in
 * review, published or scheduled, archived), revisions compared and restored, the medical reviews
 * falling due, and a sanitized preview of Markdown as she writes. Therapists only: callers are
 * checked. Refusals are the API's: {@code InvalidInputException} naming the fields, a
 * {@code DomainRefusal} saying why (edited meanwhile, linked from published pieces, ...).
 */
public interface ContentDesk {

    /** What she writes. */
    record Draft(String slug, String title, String summary, String bodyMarkdown, List<String> tags,
            List<String> keywords, @Nullable ConditionCode conditionCode, @Nullable MovementPattern movementPattern,
            Set<Contraindication> contraindications) {
    }

    /**
     * A piece's working copy and where it stands.
     *
     * @param version the version a save must be based on
     * @param liveRevision the revision readers see now, if any
     * @param publishAt when an approved piece is scheduled to go live
     */
    record Piece(ContentId id, ContentType type, ContentStatus status, long version, Draft draft, double readingGrade,
            int draftRevision, @Nullable Integer liveRevision, @Nullable String liveSlug, @Nullable Instant publishAt,
            @Nullable LocalDate lastReviewedOn, @Nullable LocalDate nextReviewDue, Instant updatedAt) {
    }

    record Revision(int number, @Nullable Integer restoredFrom, Instant savedAt, String title, double readingGrade) {
    }

    /** @param bodyDiff unified line diff of the body, older revision first ({@code -} removed, {@code +} added) */
    record Comparison(int from, int to, List<Change> changedFields, List<String> bodyDiff) {

        public record Change(String field, @Nullable String before, @Nullable String after) {
        }
    }

    /** @param html the body as readers would get it, sanitized */
    record Preview(String html, double readingGrade) {
    }

    /** Newest change first. */
    List<Piece> list(Caller therapist, List<ContentStatus> statuses, int page, int size);

    Optional<Piece> piece(Caller therapist, ContentId id);

    Piece create(Caller therapist, ContentType type, Draft draft);

    Piece save(Caller therapist, ContentId id, long basedOnVersion, Draft draft);

    Piece submitForReview(Caller therapist, ContentId id);

    /** She approves it: live now, or at {@code at} when that is later. */
    Piece publish(Caller therapist, ContentId id, @Nullable Instant at);

    Piece archive(Caller therapist, ContentId id);

    /** Newest first. */
    List<Revision> revisions(Caller therapist, ContentId id);

    Comparison compare(Caller therapist, ContentId id, int first, int second);

    /** A new revision with revision {@code number}'s content; history is never rewritten. */
    Piece restore(Caller therapist, ContentId id, int number);

    /** Pieces whose medical review is overdue or due within {@code within}, soonest first. */
    List<Piece> reviewDue(Caller therapist, Duration within);

    /** Markdown rendered and sanitized as readers would get it, with its reading grade; nothing is stored. */
    Preview preview(String markdown);
}
