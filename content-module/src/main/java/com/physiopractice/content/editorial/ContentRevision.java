package com.physiopractice.content.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One saved state of a piece, never changed once written: history is only ever added to.
 * Restoring an old revision writes a new one that names where it came from.
 */
@Entity
@Immutable
@Table(name = "content_revision")
public class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID itemId;

    private int number;

    @Embedded
    private ContentFields fields;

    private double readingGrade;

    private Integer restoredFrom;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID savedBy;

    private Instant savedAt;

    protected ContentRevision() {
    }

    static ContentRevision of(ContentItem item, Integer restoredFrom, UUID savedBy, Instant now) {
        ContentRevision revision = new ContentRevision();
        revision.itemId = item.id().value();
        revision.number = item.draftRevision();
        revision.fields = item.fields();
        revision.readingGrade = item.readingGrade();
        revision.restoredFrom = restoredFrom;
        revision.savedBy = savedBy;
        revision.savedAt = now;
        return revision;
    }

    public int number() {
        return number;
    }

    public ContentFields fields() {
        return fields;
    }

    public double readingGrade() {
        return readingGrade;
    }

    public Integer restoredFrom() {
        return restoredFrom;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
