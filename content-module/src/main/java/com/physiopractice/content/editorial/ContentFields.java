package com.physiopractice.content.editorial;

import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.triage.ConditionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.Set;

/**
 * What the editor writes: the same fields on the working copy and on every revision, so that a
 * revision can be restored exactly. Relations (tags, the condition a page is about, an exercise's
 * contraindications) are part of it and therefore travel with every revision and publication.
 */
@Embeddable
public record ContentFields(
        String slug,
        String title,
        String summary,
        @Column(columnDefinition = "MEDIUMTEXT") String bodyMarkdown,
        @Convert(converter = TextListColumn.class) List<String> tags,
        @Convert(converter = TextListColumn.class) List<String> keywords,
        @Enumerated(EnumType.STRING) ConditionCode conditionCode,
        @Enumerated(EnumType.STRING) MovementPattern movementPattern,
        @Convert(converter = ContraindicationsColumn.class) Set<Contraindication> contraindications) {

    public ContentFields {
        tags = tags == null ? List.of() : List.copyOf(tags);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        contraindications = contraindications == null ? Set.of() : Set.copyOf(contraindications);
    }
}
