package com.physiopractice.triage.rules;

import com.physiopractice.triage.rules.AnswerCode.Bother;
import java.util.List;
import java.util.Objects;

/**
 * The Keele STarT Back Screening Tool, as the spec numbers it: items 1–8 agree/disagree (item
 * meanings as LOINC 91340-0 to 91347-1), item 9 the bothersomeness (LOINC 91348-3).
 *
 * @param agrees items 1 to 8, {@code true} for "agree"
 */
public record StartBack(List<Boolean> agrees, Bother bother) {

    public static final int ITEMS_AGREE_DISAGREE = 8;

    public StartBack {
        agrees = List.copyOf(agrees);
        if (agrees.size() != ITEMS_AGREE_DISAGREE) {
            throw new IllegalArgumentException("STarT Back has 8 agree/disagree items");
        }
        Objects.requireNonNull(bother, "bother");
    }

    public enum Risk { LOW, MEDIUM, HIGH }

    /** @param total 0–9 @param psychosocial 0–5 (items 5–8 and the item-9 point) */
    public record Score(int total, int psychosocial, Risk risk) {
    }

    public Score score() {
        int botherPoint = bother == Bother.VERY_MUCH || bother == Bother.EXTREMELY ? 1 : 0;
        int total = count(0, 8) + botherPoint;
        int psychosocial = count(4, 8) + botherPoint;
        Risk risk = total <= 3 ? Risk.LOW : psychosocial >= 4 ? Risk.HIGH : Risk.MEDIUM;
        return new Score(total, psychosocial, risk);
    }

    private int count(int fromIndex, int toIndex) {
        int points = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            points += agrees.get(i) ? 1 : 0;
        }
        return points;
    }
}
