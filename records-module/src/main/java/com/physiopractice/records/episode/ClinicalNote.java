package com.physiopractice.records.episode;

import com.physiopractice.records.ClinicalNoteSigned;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.NoteContent;
import com.physiopractice.records.NoteId;
import com.physiopractice.records.NoteKind;
import com.physiopractice.records.NoteStatus;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotPermittedException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A consultation note. A draft changes as its author writes; signing locks it for good (CSP
 * record keeping): its author, the treatment time and the entry time stay as they were, and what
 * comes later is a dated addendum by the author, never an edit.
 */
@Entity
@Table(name = "records_note")
public class ClinicalNote extends AbstractAggregateRoot<ClinicalNote> {

    public static final int MAX_ADDENDUM = 4000;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID episodeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID patientId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID authorId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private NoteKind kind;

    @Enumerated(EnumType.STRING)
    private NoteStatus status;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private @Nullable UUID consultationId;

    @Column(updatable = false)
    private Instant treatedAt;

    @Column(updatable = false)
    private Instant writtenAt;

    private Instant updatedAt;

    private @Nullable Instant signedAt;

    @Column(updatable = false)
    private Instant dueBy;

    @Convert(converter = NoteContentColumn.class)
    private NoteContent content;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    @OrderBy("writtenAt")
    private List<NoteAddendum> addenda = new ArrayList<>();

    @Version
    private @Nullable Long version;

    protected ClinicalNote() {
        // for JPA
    }

    /**
     * @param treatedAt the consultation's start (or now, without one)
     * @param dueBy the end of that day in the author's zone
     */
    public ClinicalNote(NoteId id, EpisodeId episode, PatientId patient, TherapistId author, NoteKind kind,
            @Nullable AppointmentId consultation, Instant treatedAt, Instant dueBy, NoteContent content, Instant now) {
        if (kind == null) {
            throw InvalidInputException.of("kind", "choose INITIAL_ASSESSMENT, FOLLOW_UP or DISCHARGE");
        }
        requireKeepable(content);
        this.id = id.value();
        this.episodeId = episode.value();
        this.patientId = patient.value();
        this.authorId = author.value();
        this.kind = kind;
        this.status = NoteStatus.DRAFT;
        this.consultationId = consultation == null ? null : consultation.value();
        this.treatedAt = treatedAt;
        this.dueBy = dueBy;
        this.content = content;
        this.writtenAt = now;
        this.updatedAt = now;
    }

    /** Saves a new version of the draft, by its author. */
    public void revise(TherapistId by, NoteContent revised, Instant now) {
        requireAuthor(by, "Only the author edits a draft note.");
        requireDraft();
        requireKeepable(revised);
        this.content = revised;
        this.updatedAt = now;
    }

    public void sign(TherapistId by, Instant now) {
        requireAuthor(by, "Only the author signs a note.");
        requireDraft();
        List<FieldProblem> missing = content.missingForSigning(kind);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        this.status = NoteStatus.SIGNED;
        this.signedAt = now;
        this.updatedAt = now;
        registerEvent(new ClinicalNoteSigned(id(), episode(), patient(), author(), kind, now));
    }

    /** A dated correction or addition to the signed note, by its author. */
    public void addAddendum(TherapistId by, String text, Instant now) {
        requireAuthor(by, "Only the author adds to a note.");
        if (status != NoteStatus.SIGNED) {
            throw new ConflictException("note-not-signed", "The note is a draft",
                    "A draft is edited, not amended: change it, then sign it.");
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_ADDENDUM) {
            throw InvalidInputException.of("text", "write the addendum in 1 to " + MAX_ADDENDUM + " characters");
        }
        addenda.add(new NoteAddendum(by, trimmed, now));
        this.updatedAt = now;
    }

    /** Unsigned after its consultation's day: the record-keeping standard wants it written on the day. */
    public boolean isPastDue(Instant now) {
        return status == NoteStatus.DRAFT && !now.isBefore(dueBy);
    }

    private void requireDraft() {
        if (status == NoteStatus.SIGNED) {
            throw new ConflictException("note-signed", "The note is signed",
                    "A signed note cannot change. Add a dated addendum instead.");
        }
    }

    private void requireAuthor(TherapistId by, String message) {
        if (!authorId.equals(by.value())) {
            throw new NotPermittedException(message);
        }
    }

    private static void requireKeepable(NoteContent content) {
        if (content == null) {
            throw InvalidInputException.of("content", "the note's content is missing");
        }
        List<FieldProblem> problems = content.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    public NoteId id() {
        return new NoteId(id);
    }

    public EpisodeId episode() {
        return new EpisodeId(episodeId);
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public TherapistId author() {
        return new TherapistId(authorId);
    }

    public NoteKind kind() {
        return kind;
    }

    public NoteStatus status() {
        return status;
    }

    public @Nullable AppointmentId consultation() {
        return consultationId == null ? null : new AppointmentId(consultationId);
    }

    public Instant treatedAt() {
        return treatedAt;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant signedAt() {
        return signedAt;
    }

    public Instant dueBy() {
        return dueBy;
    }

    public NoteContent content() {
        return content;
    }

    public List<NoteAddendum> addenda() {
        return List.copyOf(addenda);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
