package com.physiopractice.triage.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The Oswestry Disability Index v2.1a: ten sections scored 0–5, any of which may be left
 * unanswered. The score is only meaningful with at least {@value #MIN_ANSWERED} sections answered.
 *
 * @param sections ten entries, {@code null} where the patient did not answer
 */
public record Oswestry(List<Integer> sections) {

    public static final int SECTIONS = 10;
    public static final int MIN_ANSWERED = 9;
    public static final int MAX_PER_SECTION = 5;

    public Oswestry {
        if (sections.size() != SECTIONS) {
            throw new IllegalArgumentException("the ODI has 10 sections");
        }
        sections = Collections.unmodifiableList(new ArrayList<>(sections));
        for (Integer section : sections) {
            if (section != null && (section < 0 || section > MAX_PER_SECTION)) {
                throw new IllegalArgumentException("an ODI section is scored 0 to 5");
            }
        }
    }

    public enum Band { MINIMAL, MODERATE, SEVERE, CRIPPLING, BED_BOUND }

    /** @param percent rounded to a whole percent, half up */
    public record Score(int percent, Band band, int sectionsAnswered) {
    }

    public int answered() {
        return (int) sections.stream().filter(java.util.Objects::nonNull).count();
    }

    /** Empty when fewer than nine sections are answered. */
    public Optional<Score> score() {
        int answered = answered();
        if (answered < MIN_ANSWERED) {
            return Optional.empty();
        }
        int sum = sections.stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
        int percent = (int) Math.round(sum * 100.0 / (MAX_PER_SECTION * answered));
        return Optional.of(new Score(percent, band(percent), answered));
    }

    static Band band(int percent) {
        if (percent <= 20) {
            return Band.MINIMAL;
        }
        if (percent <= 40) {
            return Band.MODERATE;
        }
        if (percent <= 60) {
            return Band.SEVERE;
        }
        if (percent <= 80) {
            return Band.CRIPPLING;
        }
        return Band.BED_BOUND;
    }
}
