package com.physiopractice.content.library;

import com.physiopractice.content.ContentId;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.triage.ConditionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A live revision as readers get it: rendered and sanitized HTML, never the Markdown, and the
 * relations that were published with it.
 *
 * @param text the plain words (for search); not read back on the reading path
 */
public record PublishedPiece(ContentId id, String slug, ContentType type, String title, String summary, String html,
        String text, List<String> tags, List<String> keywords, ConditionCode conditionCode,
        MovementPattern movementPattern, Set<Contraindication> contraindications, Set<String> linkedSlugs,
        int revision, Instant publishedAt, String reviewedBy, LocalDate lastReviewedOn, LocalDate nextReviewDue,
        double readingGrade) {
}
