package com.physiopractice.triage.rules;

import java.util.List;
import java.util.Map;

/**
 * Answers exactly as a client sends them: codes as text, numbers possibly missing. Kept loose on
 * purpose so that validation can name every bad field at once instead of stopping at the first
 * unknown code.
 */
public record RawAnswers(
        List<String> painLocations,
        String side,
        String onset,
        Integer durationDays,
        List<String> triggers,
        Integer painIntensity,
        List<String> worseWith,
        List<String> betterWith,
        List<String> symptoms,
        Map<String, Boolean> safety,
        List<String> history,
        RawStartBack startBack,
        List<Integer> odi) {

    /**
     * @param agrees statements 1 to 8: {@code true} agree, {@code false} disagree
     * @param bothersomeness statement 9: NOT_AT_ALL, SLIGHTLY, MODERATELY, VERY_MUCH or EXTREMELY
     */
    public record RawStartBack(List<Boolean> agrees, String bothersomeness) {
    }
}
