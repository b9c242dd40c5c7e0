package com.physiopractice.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published piece as a reader sees it.
 *
 * @param html the body, rendered from Markdown and sanitized: safe to put in a page as it is
 * @param related published pieces it links to or shares a topic with, for "read next"
 * @param reviewedBy who last checked it clinically, and when; absent for a piece never reviewed
 */
public record EducationPiece(String slug, ContentType type, String title, String summary, String html,
        List<String> tags, List<PieceSummary> related, @Nullable String reviewedBy, @Nullable LocalDate lastReviewedOn,
        @Nullable LocalDate nextReviewDue, Instant publishedAt) {
}
