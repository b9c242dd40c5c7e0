package com.physiopractice.sharedkernel.safety;

import java.util.List;

/**
 * The practice's public emergency advice: the signs with back or hip pain that need a hospital
 * today, and what to do. Given whenever the practice cannot rule them out for someone: an intake
 * form whose safety questions could not be read, and a registration it must refuse (the practice
 * treats adults only, but a young person with these signs still needs to know what to do).
 *
 * @param headline one sentence, shown first
 * @param signs each sign in plain words
 * @param whatToDo in order
 */
public record EmergencyAdvice(String headline, List<String> signs, List<String> whatToDo) {

    public static final EmergencyAdvice PUBLIC = new EmergencyAdvice(
            "If you have any of these signs, go to an emergency department now or call 911.",
            List.of("New trouble passing urine, leaking urine, or losing control of your bowels.",
                    "Numbness around your genitals, your bottom or your inner thighs.",
                    "A new loss of sexual function.",
                    "A leg that is hard to move, or a leg that is getting weaker.",
                    "Loss of feeling in one or both legs.",
                    "A visible change in the shape of your back or legs, or not being able to stand up straight.",
                    "Not being able to put weight on your leg after a fall or an accident."),
            List.of("Do not wait for an online appointment.",
                    "Do not drive yourself; ask someone to take you, or call 911 (or your local emergency number).",
                    "If you are not sure, call and describe what you feel: it is always right to ask."));

    public EmergencyAdvice {
        signs = List.copyOf(signs);
        whatToDo = List.copyOf(whatToDo);
    }
}
