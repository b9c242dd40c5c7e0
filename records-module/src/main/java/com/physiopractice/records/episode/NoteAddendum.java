package com.physiopractice.records.episode;

import com.physiopractice.sharedkernel.TherapistId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dated addition to a signed note; never changed once written. */
@Entity
@Immutable
@Table(name = "records_addendum")
public class NoteAddendum {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID authorId;

    private String text;

    private Instant writtenAt;

    protected NoteAddendum() {
        // for JPA
    }

    NoteAddendum(TherapistId author, String text, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.authorId = author.value();
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public TherapistId author() {
        return new TherapistId(authorId);
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
