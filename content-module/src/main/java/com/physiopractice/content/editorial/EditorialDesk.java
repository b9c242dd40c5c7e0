package com.physiopractice.content.editorial;

import com.physiopractice.content.ContentDesk;
import com.physiopractice.content.ContentId;
import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.rendering.MarkdownRendering;
import com.physiopractice.content.rendering.ReadingLevel;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The editorial service, in the published desk's terms, for the therapist's pages. */
@Service
class EditorialDesk implements ContentDesk {

    private final EditorialService editorial;

    EditorialDesk(EditorialService editorial) {
        this.editorial = editorial;
    }

    @Override
    public List<Piece> list(Caller therapist, List<ContentStatus> statuses, int page, int size) {
        therapist.requireTherapist();
        return editorial.list(statuses, PageRequest.of(page, size, Sort.by("updatedAt").descending())).stream()
                .map(EditorialDesk::piece).toList();
    }

    @Override
    public Optional<Piece> piece(Caller therapist, ContentId id) {
        therapist.requireTherapist();
        try {
            return Optional.of(piece(editorial.read(id)));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    @Override
    public Piece create(Caller therapist, ContentType type, Draft draft) {
        therapist.requireTherapist();
        return piece(editorial.create(therapist.account(), type, fields(draft)));
    }

    @Override
    public Piece save(Caller therapist, ContentId id, long basedOnVersion, Draft draft) {
        therapist.requireTherapist();
        return piece(editorial.edit(therapist.account(), id, basedOnVersion, fields(draft)));
    }

    @Override
    public Piece submitForReview(Caller therapist, ContentId id) {
        therapist.requireTherapist();
        return piece(editorial.submitForReview(id));
    }

    @Override
    public Piece publish(Caller therapist, ContentId id, @Nullable Instant at) {
        return piece(editorial.publish(therapist.requireTherapist(), id, at));
    }

    @Override
    public Piece archive(Caller therapist, ContentId id) {
        therapist.requireTherapist();
        return piece(editorial.archive(id));
    }

    @Override
    public List<Revision> revisions(Caller therapist, ContentId id) {
        therapist.requireTherapist();
        return editorial.revisions(id).stream().map(revision -> new Revision(revision.number(),
                revision.restoredFrom(), revision.savedAt(), revision.fields().title(), revision.readingGrade())).toList();
    }

    @Override
    public Comparison compare(Caller therapist, ContentId id, int first, int second) {
        therapist.requireTherapist();
        RevisionComparison compared = editorial.compare(id, first, second);
        return new Comparison(compared.from(), compared.to(), compared.changedFields().stream()
                .map(change -> new Comparison.Change(change.field(), change.before(), change.after())).toList(),
                compared.bodyDiff());
    }

    @Override
    public Piece restore(Caller therapist, ContentId id, int number) {
        therapist.requireTherapist();
        return piece(editorial.restore(therapist.account(), id, number));
    }

    @Override
    public List<Piece> reviewDue(Caller therapist, Duration within) {
        therapist.requireTherapist();
        return editorial.reviewDue(within).stream().map(EditorialDesk::piece).toList();
    }

    @Override
    public Preview preview(String markdown) {
        // The grade as a save computes it, so what she sees as she writes is what is stored.
        return new Preview(MarkdownRendering.render(markdown).html(), ReadingLevel.grade(MarkdownRendering.plainText(markdown)));
    }

    private static ContentFields fields(Draft draft) {
        return new ContentFields(draft.slug(), draft.title(), draft.summary(), draft.bodyMarkdown(), draft.tags(),
                draft.keywords(), draft.conditionCode(), draft.movementPattern(), draft.contraindications());
    }

    private static Piece piece(ContentItem item) {
        ContentFields fields = item.fields();
        return new Piece(item.id(), item.type(), item.status(), item.version(), new Draft(fields.slug(), fields.title(),
                fields.summary(), fields.bodyMarkdown(), fields.tags(), fields.keywords(), fields.conditionCode(),
                fields.movementPattern(), fields.contraindications()), item.readingGrade(), item.draftRevision(),
                item.liveRevision(), item.liveSlug(), item.publishAt(), item.lastReviewedOn(), item.nextReviewDue(),
                item.updatedAt());
    }
}
