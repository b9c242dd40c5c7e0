package com.physiopractice.triage;

import java.util.List;

/**
 * Safety-netting for a patient with leg symptoms (after NICE and GIRFT guidance on cauda equina
 * syndrome): the warning signs, and to go to an emergency department at once if one appears. Shown
 * with the triage result and in the booking confirmation.
 *
 * @param triggeredBy the answers that call for it, e.g. {@code symptoms:SHOOTING_PAIN_DOWN_LEG}
 */
public record SafetyNet(String headline, List<String> warningSigns, String whatToDo, List<String> triggeredBy) {

    public static final String HEADLINE = "Because you have symptoms in your leg: know these warning signs.";

    public static final List<String> WARNING_SIGNS = List.of(
            "Numbness or tingling around your genitals, your bottom or your inner thighs.",
            "New trouble starting to pass urine, not being able to empty your bladder, or leaking urine.",
            "Losing control of your bowels, or not feeling when they are full.",
            "A new loss of sexual sensation or function.",
            "Leg pain, numbness or weakness that spreads to both legs or gets quickly worse.");

    public static final String WHAT_TO_DO = "If any of these appears, go to an emergency department at once, day or "
            + "night, or call 911. Do not wait for your appointment: these signs can mean pressure on the nerves at the "
            + "base of the spine, which needs treatment within hours.";

    public SafetyNet {
        warningSigns = List.copyOf(warningSigns);
        triggeredBy = List.copyOf(triggeredBy);
    }

    public static SafetyNet forLegSymptoms(List<String> triggeredBy) {
        return new SafetyNet(HEADLINE, WARNING_SIGNS, WHAT_TO_DO, triggeredBy);
    }
}
