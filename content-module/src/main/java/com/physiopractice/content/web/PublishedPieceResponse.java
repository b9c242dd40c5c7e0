package com.physiopractice.content.web;

import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.content.library.PublishedPiece;
import com.physiopractice.triage.ConditionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A published piece for readers.
 *
 * @param html sanitized HTML of the body, safe to insert into a page
 * @param reviewedBy the therapist who last approved it medically; empty for starting-library pieces
 *        not yet reviewed
 */
record PublishedPieceResponse(String slug, ContentType type, String title, String summary, String html,
        List<String> tags, ConditionCode conditionCode, MovementPattern movementPattern,
        Set<Contraindication> contraindications, int revision, Instant publishedAt, String reviewedBy,
        LocalDate lastReviewedOn, LocalDate nextReviewDue, double readingGrade, String medicalDisclaimer) {

    static PublishedPieceResponse of(PublishedPiece piece, String disclaimer) {
        return new PublishedPieceResponse(piece.slug(), piece.type(), piece.title(), piece.summary(), piece.html(),
                piece.tags(), piece.conditionCode(), piece.movementPattern(), piece.contraindications(), piece.revision(),
                piece.publishedAt(), piece.reviewedBy(), piece.lastReviewedOn(), piece.nextReviewDue(),
                piece.readingGrade(), disclaimer);
    }
}
