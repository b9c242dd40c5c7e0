package com.physiopractice.content.editorial;

import com.physiopractice.content.ContentType;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a piece's fields must look like; every problem is reported at once, field by field. */
final class ContentFieldValidation {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Literal paths under /api/v1/content that a slug would shadow. */
    static final Set<String> RESERVED_SLUGS = Set.of("items", "review-due", "recommendations");

    private ContentFieldValidation() {
    }

    static void check(ContentType type, ContentFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fields.slug() == null || !SLUG.matcher(fields.slug()).matches() || fields.slug().length() > 120) {
            problems.add(new FieldProblem("slug", "lower-case words joined by hyphens, at most 120 characters"));
        } else if (RESERVED_SLUGS.contains(fields.slug())) {
            problems.add(new FieldProblem("slug", "'" + fields.slug() + "' is reserved; choose another"));
        }
        if (blank(fields.title()) || fields.title().length() > 200) {
            problems.add(new FieldProblem("title", "required, at most 200 characters"));
        }
        if (blank(fields.summary()) || fields.summary().length() > 600) {
            problems.add(new FieldProblem("summary", "required, at most 600 characters"));
        }
        if (blank(fields.bodyMarkdown()) || fields.bodyMarkdown().length() > 60_000) {
            problems.add(new FieldProblem("bodyMarkdown", "required, at most 60000 characters"));
        }
        if (fields.tags().size() > 20 || fields.tags().stream().anyMatch(tag -> !TAG.matcher(tag).matches() || tag.length() > 40)) {
            problems.add(new FieldProblem("tags", "at most 20 tags, each lower-case words joined by hyphens"));
        }
        if (fields.keywords().size() > 30 || fields.keywords().stream()
                .anyMatch(keyword -> blank(keyword) || keyword.contains(",") || keyword.length() > 60)) {
            problems.add(new FieldProblem("keywords", "at most 30 keywords of up to 60 characters, without commas"));
        }
        if ((type == ContentType.CONDITION) != (fields.conditionCode() != null)) {
            problems.add(new FieldProblem("conditionCode", "required for a CONDITION page and only there"));
        }
        if ((type == ContentType.EXERCISE) != (fields.movementPattern() != null)) {
            problems.add(new FieldProblem("movementPattern", "required for an EXERCISE and only there"));
        }
        if (type != ContentType.EXERCISE && !fields.contraindications().isEmpty()) {
            problems.add(new FieldProblem("contraindications", "only exercises have contraindications"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
