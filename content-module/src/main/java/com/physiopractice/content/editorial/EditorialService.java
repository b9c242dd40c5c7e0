package com.physiopractice.content.editorial;

import com.physiopractice.content.ContentId;
import com.physiopractice.content.settings.ContentSettings;
import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.library.PublishedContent;
import com.physiopractice.content.library.PublishedPiece;
import com.physiopractice.content.rendering.MarkdownRendering;
import com.physiopractice.content.rendering.ReadingLevel;
import com.physiopractice.content.rendering.RenderedBody;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.problems.StaleEditException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's editorial work: drafts, review, publishing (now or at a set time), archiving and
 * revision history. Publishing renders and sanitizes the revision once and writes it to the live
 * library in the same transaction as the workflow change.
 */
@Service
public class EditorialService {

    static final String SLUG_TAKEN = "slug-taken";
    static final String LINKS_UNPUBLISHED = "links-to-unpublished-content";
    static final String STILL_LINKED = "content-still-linked";
    static final String STALE_EDIT = "stale-edit";

    private static final Logger log = LoggerFactory.getLogger(EditorialService.class);

    private final ContentItems items;
    private final ContentRevisions revisions;
    private final PublishedContent library;
    private final TherapistDirectory therapists;
    private final ContentSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    static final AuditAction CONTENT_CREATED = AuditAction.of("CONTENT_CREATED");
    static final AuditAction CONTENT_EDITED = AuditAction.of("CONTENT_EDITED");
    static final AuditAction CONTENT_SUBMITTED = AuditAction.of("CONTENT_SUBMITTED");
    static final AuditAction CONTENT_APPROVED = AuditAction.of("CONTENT_APPROVED");
    static final AuditAction CONTENT_PUBLISHED = AuditAction.of("CONTENT_PUBLISHED");
    static final AuditAction CONTENT_ARCHIVED = AuditAction.of("CONTENT_ARCHIVED");
    static final AuditAction CONTENT_RESTORED = AuditAction.of("CONTENT_RESTORED");
    static final String SUBJECT = "CONTENT";

    EditorialService(ContentItems items, ContentRevisions revisions, PublishedContent library,
            TherapistDirectory therapists, ContentSettings settings, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.items = items;
        this.revisions = revisions;
        this.library = library;
        this.therapists = therapists;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public ContentItem create(AccountId author, ContentType type, ContentFields fields) {
        ContentFieldValidation.check(type, fields);
        ContentItem item = ContentItem.draft(type, fields, readingGrade(fields), clock.instant(), today());
        requireFreeSlug(item.id(), fields.slug());
        items.save(item);
        revisions.save(ContentRevision.of(item, null, author.value(), clock.instant()));
        audit.recordWithChange(CONTENT_CREATED, SUBJECT, item.id());
        return item;
    }

    /**
     * Adds a piece of the starting library unless it was added before (by this or another node),
     * so the therapist's later edits are never overwritten.
     *
     * @return whether it was added now
     */
    @Transactional
    public boolean seed(String seedKey, ContentType type, ContentFields fields) {
        if (items.existsBySeedKey(seedKey)) {
            return false;
        }
        ContentFieldValidation.check(type, fields);
        ContentItem item = ContentItem.seeded(seedKey, type, fields, readingGrade(fields), clock.instant(), today());
        requireFreeSlug(item.id(), fields.slug());
        goLive(item, renderWithPublishedLinks(item));
        revisions.save(ContentRevision.of(item, null, null, clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    public ContentItem read(ContentId id) {
        return find(id);
    }

    /**
     * Saves a new revision, but only over the version the editor started from: a save based on an
     * older version would silently undo someone else's edit, so it is refused (412).
     */
    @Transactional
    public ContentItem edit(AccountId author, ContentId id, long basedOnVersion, ContentFields fields) {
        ContentItem item = find(id);
        if (item.version() != basedOnVersion) {
            throw new StaleEditException(STALE_EDIT, "Edited meanwhile", "This piece was changed after you opened it "
                    + "(you have version " + basedOnVersion + ", the latest is " + item.version()
                    + "). Reload it, then apply your changes again.");
        }
        ContentFieldValidation.check(item.type(), fields);
        requireFreeSlug(id, fields.slug());
        item.edit(fields, readingGrade(fields), clock.instant());
        items.saveAndFlush(item);
        revisions.save(ContentRevision.of(item, null, author.value(), clock.instant()));
        audit.recordWithChange(CONTENT_EDITED, SUBJECT, id);
        return item;
    }

    @Transactional
    public ContentItem submitForReview(ContentId id) {
        ContentItem item = find(id);
        item.submitForReview(clock.instant());
        audit.recordWithChange(CONTENT_SUBMITTED, SUBJECT, id);
        return items.saveAndFlush(item);
    }

    /**
     * The therapist approves the piece in review; it goes live now, or at {@code at} if that is in
     * the future (a scheduled publication, made live by {@link #publishDue()} on whichever node runs it).
     */
    @Transactional
    public ContentItem publish(TherapistId reviewedBy, ContentId id, @Nullable Instant at) {
        ContentItem item = find(id);
        TherapistProfile reviewer = therapists.find(reviewedBy).orElseThrow(() -> new NotFoundException("The therapist"));
        Instant now = clock.instant();
        Instant goLiveAt = at == null || !at.isAfter(now) ? now : at;
        RenderedBody body = renderWithPublishedLinks(item);
        item.approve(reviewer.displayName(), today(), settings.reviewInterval(), goLiveAt, now);
        if (goLiveAt.isAfter(now)) {
            audit.recordWithChange(CONTENT_APPROVED, SUBJECT, id);
            return items.saveAndFlush(item);
        }
        goLive(item, body);
        audit.recordWithChange(CONTENT_PUBLISHED, SUBJECT, id);
        return item;
    }

    /** Publishes every scheduled piece whose time has come, including any missed while no node ran. */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (UUID due : items.findDueToGoLive(now)) {
            ContentItem item = items.findById(due).orElseThrow();
            if (!item.isDueToGoLive(now)) {
                continue;
            }
            RenderedBody body;
            try {
                body = renderWithPublishedLinks(item);
            } catch (ConflictException linksGone) {
                log.warn("Scheduled publication of {} held back: {}", item.id(), linksGone.getMessage());
                continue;
            }
            goLive(item, body);
            audit.recordWithChange(CONTENT_PUBLISHED, SUBJECT, item.id());
            published++;
        }
        return published;
    }

    @Transactional
    public ContentItem archive(ContentId id) {
        ContentItem item = find(id);
        if (item.liveSlug() != null) {
            List<String> linking = library.linkingTo(item.liveSlug(), id);
            if (!linking.isEmpty()) {
                throw new ConflictException(STILL_LINKED, "Still linked", "Published pieces link here: "
                        + String.join(", ", linking) + ". Change those links first.");
            }
        }
        item.archive(clock.instant());
        library.remove(id);
        audit.recordWithChange(CONTENT_ARCHIVED, SUBJECT, id);
        return items.saveAndFlush(item);
    }

    @Transactional(readOnly = true)
    public List<ContentRevision> revisions(ContentId id) {
        find(id);
        return revisions.findByItemIdOrderByNumberDesc(id.value());
    }

    /** What changed between two revisions of a piece (either order; the older is shown as "before"). */
    @Transactional(readOnly = true)
    public RevisionComparison compare(ContentId id, int first, int second) {
        find(id);
        ContentRevision a = revisions.findByItemIdAndNumber(id.value(), Math.min(first, second))
                .orElseThrow(() -> new NotFoundException("Revision " + Math.min(first, second)));
        ContentRevision b = revisions.findByItemIdAndNumber(id.value(), Math.max(first, second))
                .orElseThrow(() -> new NotFoundException("Revision " + Math.max(first, second)));
        return RevisionComparison.between(a, b);
    }

    /** Makes revision {@code number} the working copy again, as a new revision; history is kept as it was. */
    @Transactional
    public ContentItem restore(AccountId author, ContentId id, int number) {
        ContentItem item = find(id);
        ContentRevision old = revisions.findByItemIdAndNumber(id.value(), number)
                .orElseThrow(() -> new NotFoundException("Revision " + number));
        requireFreeSlug(id, old.fields().slug());
        item.restore(old, clock.instant());
        items.saveAndFlush(item);
        revisions.save(ContentRevision.of(item, number, author.value(), clock.instant()));
        audit.recordWithChange(CONTENT_RESTORED, SUBJECT, id);
        return item;
    }

    @Transactional(readOnly = true)
    public Page<ContentItem> list(List<ContentStatus> statuses, Pageable page) {
        return items.findByStatusIn(statuses, page);
    }

    /** Pieces whose medical review falls due within {@code within} (or is overdue), soonest first. */
    @Transactional(readOnly = true)
    public List<ContentItem> reviewDue(Duration within) {
        LocalDate until = today().plusDays(within.toDays());
        return items.findByNextReviewDueLessThanEqualAndStatusNotOrderByNextReviewDueAsc(until, ContentStatus.ARCHIVED);
    }

    /** Makes the item's revision live: its state, then (the live row references it) the rendition readers get. */
    private void goLive(ContentItem item, RenderedBody body) {
        ContentFields fields = item.fields();
        String replaced = item.goLive(clock.instant());
        items.saveAndFlush(item);
        library.forgetRedirect(fields.slug());
        if (replaced != null) {
            library.redirect(replaced, item.id());
        }
        library.put(new PublishedPiece(item.id(), fields.slug(), item.type(), fields.title(), fields.summary(),
                body.html(), body.text(), fields.tags(), fields.keywords(), fields.conditionCode(),
                fields.movementPattern(), fields.contraindications(), body.linkedSlugs(), item.liveRevision(),
                clock.instant(), item.reviewedBy(), item.lastReviewedOn(), item.nextReviewDue(), item.readingGrade()));
    }

    /**
     * The body rendered for publishing, once a published piece would not link to something readers
     * cannot open.
     */
    private RenderedBody renderWithPublishedLinks(ContentItem item) {
        RenderedBody body = MarkdownRendering.render(item.fields().bodyMarkdown());
        Set<String> missing = library.notPublished(body.linkedSlugs(), item.id());
        if (!missing.isEmpty()) {
            throw new ConflictException(LINKS_UNPUBLISHED, "Links to unpublished content",
                    "The body links to content that is not published: " + String.join(", ", missing)
                            + ". Publish it first or remove the link.");
        }
        return body;
    }

    private void requireFreeSlug(ContentId id, String slug) {
        if (items.slugUsedByAnother(id.value(), slug) || library.isRedirectOfAnother(slug, id)) {
            throw new ConflictException(SLUG_TAKEN, "Slug taken", "Another piece uses '" + slug + "' (now or as an "
                    + "old address that still redirects). Choose another slug.");
        }
    }

    private ContentItem find(ContentId id) {
        return items.findById(id.value()).orElseThrow(() -> new NotFoundException("The content item"));
    }

    private static double readingGrade(ContentFields fields) {
        return ReadingLevel.grade(MarkdownRendering.plainText(fields.bodyMarkdown()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

}
