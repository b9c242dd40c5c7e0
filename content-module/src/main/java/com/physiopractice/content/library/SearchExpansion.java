package com.physiopractice.content.library;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What patients type, widened to the words the library uses. InnoDB FULLTEXT ignores words shorter
 * than three letters ("SI") and knows no synonyms ("slipped disc" for a herniated disc), so the
 * common lay and short terms are expanded before the query reaches the index.
 */
public final class SearchExpansion {

    private static final List<Map.Entry<String, String>> SYNONYMS = List.of(
            Map.entry("si joint", "sacroiliac"),
            Map.entry("si-joint", "sacroiliac"),
            Map.entry("sij", "sacroiliac"),
            Map.entry("slipped disc", "herniated disc"),
            Map.entry("slipped disk", "herniated disc"),
            Map.entry("bulging disc", "herniated disc"),
            Map.entry("bulging disk", "herniated disc"),
            Map.entry("prolapsed disc", "herniated disc"),
            Map.entry("ruptured disc", "herniated disc"),
            Map.entry("disk", "disc"),
            Map.entry("sciatica", "sciatic radicular herniated"),
            Map.entry("trapped nerve", "sciatica nerve"),
            Map.entry("pinched nerve", "sciatica nerve"),
            Map.entry("lumbago", "lower back"),
            Map.entry("osteoarthritis", "arthritis"),
            Map.entry("wear and tear", "arthritis"),
            Map.entry("hip flexor", "flexors iliopsoas"),
            Map.entry("as", "ankylosing spondylitis"));

    private SearchExpansion() {
    }

    /** The query as typed plus the library's own words for what it names. */
    public static String expand(String query) {
        String typed = query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' -]", " ").replaceAll("\\s+", " ").trim();
        Set<String> terms = new LinkedHashSet<>(List.of(typed.split(" ")));
        String padded = " " + typed + " ";
        for (Map.Entry<String, String> synonym : SYNONYMS) {
            if (padded.contains(" " + synonym.getKey() + " ")) {
                terms.addAll(List.of(synonym.getValue().split(" ")));
            }
        }
        terms.remove("");
        return String.join(" ", terms);
    }
}
