package com.physiopractice.content.editorial;

import com.physiopractice.content.ContentId;
import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.sharedkernel.problems.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One piece of education content: its working copy, where it is in the workflow, which revision
 * is live and when it was last medically reviewed. Every save makes a new revision number; the
 * revisions themselves are kept by {@link ContentRevision}. State changes only through these
 * methods, which refuse steps the workflow does not allow.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    static final String WORKFLOW = "content-workflow";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    private String seedKey;

    @Enumerated(EnumType.STRING)
    private ContentType type;

    @Enumerated(EnumType.STRING)
    private ContentStatus status;

    @Embedded
    private ContentFields fields;

    private double readingGrade;

    private int draftRevision;

    private Integer liveRevision;

    private String liveSlug;

    private Instant publishAt;

    private String reviewedBy;

    private LocalDate lastReviewedOn;

    private LocalDate nextReviewDue;

    private Instant createdAt;

    private Instant updatedAt;

    /** Null until first stored: Spring Data then persists rather than merges (a merge first reads the row). */
    @Version
    private Long version;

    protected ContentItem() {
    }

    /** A new draft at revision 1, due for review at once: nobody has reviewed it yet. */
    static ContentItem draft(ContentType type, ContentFields fields, double readingGrade, Instant now, LocalDate today) {
        ContentItem item = new ContentItem();
        item.id = UUID.randomUUID();
        item.type = type;
        item.status = ContentStatus.DRAFT;
        item.fields = fields;
        item.readingGrade = readingGrade;
        item.draftRevision = 1;
        item.nextReviewDue = today;
        item.createdAt = now;
        item.updatedAt = now;
        return item;
    }

    /**
     * A piece of the practice's starting library, live at once so every environment has it, and
     * due for the therapist's medical review from the first day: nobody has reviewed it yet.
     */
    static ContentItem seeded(String seedKey, ContentType type, ContentFields fields, double readingGrade, Instant now,
            LocalDate today) {
        ContentItem item = draft(type, fields, readingGrade, now, today);
        item.seedKey = seedKey;
        item.status = ContentStatus.IN_REVIEW;
        return item;
    }

    /**
     * Saves new fields as the next revision. Editing something in review sends it back to draft
     * (and cancels a scheduled publication): what was reviewed is no longer what would go live.
     */
    void edit(ContentFields newFields, double newReadingGrade, Instant now) {
        refuseIfArchived("edited");
        fields = newFields;
        readingGrade = newReadingGrade;
        draftRevision++;
        status = ContentStatus.DRAFT;
        publishAt = null;
        updatedAt = now;
    }

    void submitForReview(Instant now) {
        if (status != ContentStatus.DRAFT) {
            throw workflow("Only a draft can be submitted for review; this piece is " + status + ".");
        }
        status = ContentStatus.IN_REVIEW;
        updatedAt = now;
    }

    /** The reviewing therapist approves the revision in review, to go live now or at a set time. */
    void approve(String reviewer, LocalDate today, java.time.Period reviewInterval, Instant goLiveAt, Instant now) {
        if (status != ContentStatus.IN_REVIEW) {
            throw workflow("Only a piece in review can be published; submit it for review first (it is " + status + ").");
        }
        reviewedBy = reviewer;
        lastReviewedOn = today;
        nextReviewDue = today.plus(reviewInterval);
        publishAt = goLiveAt;
        updatedAt = now;
    }

    boolean isDueToGoLive(Instant now) {
        return status == ContentStatus.IN_REVIEW && publishAt != null && !publishAt.isAfter(now);
    }

    /** Makes the approved revision the live one; returns the slug it replaced, if the slug changed. */
    String goLive(Instant now) {
        String replacedSlug = liveSlug != null && !liveSlug.equals(fields.slug()) ? liveSlug : null;
        liveRevision = draftRevision;
        liveSlug = fields.slug();
        status = ContentStatus.PUBLISHED;
        publishAt = null;
        updatedAt = now;
        return replacedSlug;
    }

    void archive(Instant now) {
        refuseIfArchived("archived");
        status = ContentStatus.ARCHIVED;
        liveRevision = null;
        publishAt = null;
        updatedAt = now;
    }

    /** Makes an old revision's fields the working copy again, as a new draft revision. */
    void restore(ContentRevision revision, Instant now) {
        edit(revision.fields(), revision.readingGrade(), now);
    }

    private void refuseIfArchived(String what) {
        if (status == ContentStatus.ARCHIVED) {
            throw workflow("An archived piece cannot be " + what + ".");
        }
    }

    private static ConflictException workflow(String detail) {
        return new ConflictException(WORKFLOW, "Not allowed in this workflow state", detail);
    }

    public ContentId id() {
        return new ContentId(id);
    }

    public String seedKey() {
        return seedKey;
    }

    public ContentType type() {
        return type;
    }

    public ContentStatus status() {
        return status;
    }

    public ContentFields fields() {
        return fields;
    }

    public double readingGrade() {
        return readingGrade;
    }

    public int draftRevision() {
        return draftRevision;
    }

    public Integer liveRevision() {
        return liveRevision;
    }

    public String liveSlug() {
        return liveSlug;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public LocalDate lastReviewedOn() {
        return lastReviewedOn;
    }

    public LocalDate nextReviewDue() {
        return nextReviewDue;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
