package com.physiopractice.content.library;

import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.triage.ConditionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A published piece in a list: enough to pick it, without its body. */
public record PieceSummary(String slug, ContentType type, String title, String summary, List<String> tags,
        ConditionCode conditionCode, MovementPattern movementPattern, Set<Contraindication> contraindications,
        LocalDate lastReviewedOn, double readingGrade) {
}
