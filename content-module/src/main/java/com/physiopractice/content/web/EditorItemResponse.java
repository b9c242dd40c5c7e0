package com.physiopractice.content.web;

import com.physiopractice.content.ContentId;
import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.content.editorial.ContentFields;
import com.physiopractice.content.editorial.ContentItem;
import com.physiopractice.triage.ConditionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The working copy of a piece, for the therapist.
 *
 * @param version send it back as {@code If-Match} when saving; a save over a newer version is refused
 * @param readingGrade Flesch–Kincaid grade of the body, computed on every save
 * @param readingAdvice how that grade compares with the aims for patient material
 * @param liveRevision the revision readers see now, if any
 * @param publishAt when an approved piece is scheduled to go live
 */
record EditorItemResponse(ContentId id, ContentType type, ContentStatus status, long version, String slug, String title,
        String summary, String bodyMarkdown, List<String> tags, List<String> keywords, ConditionCode conditionCode,
        MovementPattern movementPattern, Set<Contraindication> contraindications, double readingGrade,
        String readingAdvice, int draftRevision, Integer liveRevision, String liveSlug, Instant publishAt,
        String reviewedBy, LocalDate lastReviewedOn, LocalDate nextReviewDue, Instant updatedAt) {

    static EditorItemResponse of(ContentItem item) {
        ContentFields fields = item.fields();
        return new EditorItemResponse(item.id(), item.type(), item.status(), item.version(), fields.slug(), fields.title(),
                fields.summary(), fields.bodyMarkdown(), fields.tags(), fields.keywords(), fields.conditionCode(),
                fields.movementPattern(), fields.contraindications(), item.readingGrade(),
                readingAdvice(item.readingGrade()), item.draftRevision(), item.liveRevision(), item.liveSlug(),
                item.publishAt(), item.reviewedBy(), item.lastReviewedOn(), item.nextReviewDue(), item.updatedAt());
    }

    static String readingAdvice(double grade) {
        if (grade <= 6) {
            return "Easy to read: at or below grade 6 (the AMA aim for patient material).";
        }
        if (grade <= 8) {
            return "Fine: at or below grade 8 (the NIH aim); shorter sentences and words would bring it to grade 6.";
        }
        return "Hard for many patients: above grade 8. Use shorter sentences and everyday words.";
    }
}
