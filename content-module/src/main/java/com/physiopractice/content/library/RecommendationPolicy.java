package com.physiopractice.content.library;

import com.physiopractice.content.PieceSummary;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.triage.ConditionCode;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeProfile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which published pieces fit a patient's triage result (triage spec, "Recommendations handed to
 * the content module"). Pure rules over the profile and the library, so every case is a unit test.
 */
public final class RecommendationPolicy {

    /** Tag of the pieces that say what to do when a symptom needs a doctor now. */
    public static final String URGENT_GUIDANCE_TAG = "urgent-guidance";
    /** How many of the most likely conditions get their condition page recommended. */
    static final int CONDITION_PAGES = 3;

    private RecommendationPolicy() {
    }

    /** A piece and why it was picked, or why it was left out. */
    public record Pick(PieceSummary piece, String reason) {
    }

    public record Recommendation(boolean urgentGuidanceOnly, List<Pick> recommended, List<Pick> leftOut) {
    }

    public static Recommendation recommend(IntakeProfile profile, List<PieceSummary> library) {
        List<Pick> recommended = new ArrayList<>();
        List<Pick> leftOut = new ArrayList<>();
        if (profile.disposition() == Disposition.EMERGENCY || profile.disposition() == Disposition.URGENT_MEDICAL) {
            library.stream().filter(piece -> piece.tags().contains(URGENT_GUIDANCE_TAG))
                    .forEach(piece -> recommended.add(new Pick(piece,
                            "Your answers need a doctor's attention first; this says what to do now.")));
            return new Recommendation(true, recommended, leftOut);
        }
        Set<Contraindication> profileFlags = flags(profile);
        List<ConditionCode> topConditions = profile.likelyConditions().stream().limit(CONDITION_PAGES).toList();
        for (PieceSummary piece : library) {
            if (piece.tags().contains(URGENT_GUIDANCE_TAG)) {
                continue;
            }
            switch (piece.type()) {
                case SELF_CARE_TIP -> recommended.add(new Pick(piece, "Self-care that helps most back and hip pain."));
                case CONDITION -> {
                    if (piece.conditionCode() != null && topConditions.contains(piece.conditionCode())) {
                        recommended.add(new Pick(piece, "Your answers fit some signs of this condition "
                                + "(a possibility to discuss, not a diagnosis)."));
                    }
                }
                case EXERCISE -> {
                    String unsafe = unsafeBecause(piece, profileFlags);
                    if (unsafe == null) {
                        recommended.add(new Pick(piece, "A stretch suitable for your answers."));
                    } else {
                        leftOut.add(new Pick(piece, unsafe));
                    }
                }
                case ARTICLE -> recommended.add(new Pick(piece, "Background on lower back and hip pain."));
                default -> throw new IllegalStateException(piece.type().toString());
            }
        }
        return new Recommendation(false, recommended, leftOut);
    }

    static Set<Contraindication> flags(IntakeProfile profile) {
        Set<Contraindication> flags = EnumSet.noneOf(Contraindication.class);
        if (profile.likelyConditions().contains(ConditionCode.HERNIATED_DISC)) {
            flags.add(Contraindication.HERNIATED_DISC);
        }
        if (profile.lumbarRadicularPattern()) {
            flags.add(Contraindication.LUMBAR_RADICULAR_PATTERN);
        }
        return flags;
    }

    /**
     * Why an exercise is not advised for this profile, or {@code null}. Forward-bending stretches
     * are left out for these profiles even if the card forgot to list the contraindication.
     */
    static String unsafeBecause(PieceSummary exercise, Set<Contraindication> profileFlags) {
        if (profileFlags.isEmpty()) {
            return null;
        }
        if (exercise.movementPattern() == MovementPattern.FLEXION) {
            return "Forward-bending stretches are not advised with a possible slipped disc or pain shooting down the leg.";
        }
        for (Contraindication flag : profileFlags) {
            if (exercise.contraindications().contains(flag)) {
                return "Not advised with " + (flag == Contraindication.HERNIATED_DISC ? "a possible slipped disc."
                        : "pain shooting down the leg.");
            }
        }
        return null;
    }
}
