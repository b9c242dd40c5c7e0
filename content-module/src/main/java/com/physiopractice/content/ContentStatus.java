package com.physiopractice.content;

/**
 * Where the working copy of a piece is in the editorial workflow:
 * {@code DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED}. A published piece that is being edited again is
 * a DRAFT whose last published revision stays live until the next one is published.
 */
public enum ContentStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
