package com.physiopractice.content;

import com.physiopractice.triage.ConditionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A published piece in a list: enough to pick it, without its body. */
public record PieceSummary(String slug, ContentType type, String title, String summary, List<String> tags,
        ConditionCode conditionCode, MovementPattern movementPattern, Set<Contraindication> contraindications,
        @Nullable LocalDate lastReviewedOn, double readingGrade) {
}
