package com.physiopractice.triage;

import java.util.List;

/**
 * What other modules may know of an intake to tailor education: no answers, no notes.
 *
 * @param disposition the disposition that applies now (after any therapist override)
 * @param likelyConditions possible conditions, most likely first
 * @param lumbarRadicularPattern pain shooting down the leg: forward-bending stretches are not advised
 */
public record IntakeProfile(IntakeId intake, Disposition disposition, List<ConditionCode> likelyConditions,
        boolean lumbarRadicularPattern) {
}
