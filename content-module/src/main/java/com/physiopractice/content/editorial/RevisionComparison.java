package com.physiopractice.content.editorial;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one revision to another: each field that differs, and the body as a unified
 * line diff (the form reviewers know from code review).
 *
 * @param bodyDiff unified diff lines ({@code -} removed, {@code +} added, two lines of context)
 */
public record RevisionComparison(int from, int to, List<FieldChange> changedFields, List<String> bodyDiff) {

    public record FieldChange(String field, String before, String after) {
    }

    static RevisionComparison between(ContentRevision older, ContentRevision newer) {
        ContentFields a = older.fields();
        ContentFields b = newer.fields();
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "slug", a, b, ContentFields::slug);
        compare(changes, "title", a, b, ContentFields::title);
        compare(changes, "summary", a, b, ContentFields::summary);
        compare(changes, "tags", a, b, ContentFields::tags);
        compare(changes, "keywords", a, b, ContentFields::keywords);
        compare(changes, "conditionCode", a, b, ContentFields::conditionCode);
        compare(changes, "movementPattern", a, b, ContentFields::movementPattern);
        compare(changes, "contraindications", a, b, fields -> fields.contraindications().stream().sorted().toList());
        List<String> before = a.bodyMarkdown().lines().toList();
        List<String> after = b.bodyMarkdown().lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("revision " + older.number(), "revision " + newer.number(),
                before, DiffUtils.diff(before, after), 2);
        return new RevisionComparison(older.number(), newer.number(), changes, diff);
    }

    private static void compare(List<FieldChange> changes, String field, ContentFields a, ContentFields b,
            Function<ContentFields, Object> value) {
        Object before = value.apply(a);
        Object after = value.apply(b);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }
}
