package com.physiopractice.triage.intake;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.rules.Assessment;
import com.physiopractice.triage.rules.RedFlagCategory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the patient is told for each disposition, in the practice's own words. Emergency advice
 * comes first and plainly; nothing here diagnoses.
 *
 * @param headline one sentence, shown first
 * @param advice what to do, in order
 * @param bookingAdvice whether and when to book an online consultation
 */
public record Guidance(String headline, List<String> advice, String bookingAdvice) {

    public static Guidance forAssessment(Disposition disposition, Assessment assessment) {
        return forDisposition(disposition, assessment.redFlags());
    }

    /** What to say for a disposition, naming the concerns of the red flags that gave it. */
    public static Guidance forDisposition(Disposition disposition, List<Assessment.RedFlag> redFlags) {
        Set<RedFlagCategory> concerns = new LinkedHashSet<>();
        redFlags.stream().filter(flag -> flag.disposition() == disposition)
                .forEach(flag -> concerns.add(flag.category()));
        return switch (disposition) {
            case EMERGENCY -> new Guidance(
                    "Please go to an emergency department now, or call 911.",
                    List.of("Your answers include a sign that needs to be checked in hospital today, such as "
                                    + words(concerns) + ".",
                            "Do not wait for an online appointment and do not drive yourself if you feel unwell.",
                            "Our therapist has been alerted and will look at your form."),
                    "Online booking is not available for this form. Get emergency care first.");
            case URGENT_MEDICAL -> new Guidance(
                    "Please see a doctor today, or within 24 hours at the latest.",
                    List.of("Your answers include something a doctor should check soon: " + words(concerns) + ".",
                            "Contact your doctor's office or an urgent care clinic and tell them about your back or hip pain.",
                            "If you lose control of your bladder or bowels, feel numb between your legs, or your legs "
                                    + "become weak or numb, go to an emergency department at once."),
                    "Booking is on hold until our therapist has reviewed your form. Once a doctor has seen you, "
                            + "she can clear you for a consultation.");
            case GP_REFERRAL -> new Guidance(
                    "Physiotherapy can help you. Please also see your doctor about one thing, without hurry.",
                    List.of("Mention this to your doctor at your next visit: " + words(concerns) + ".",
                            "In the meantime, keep gently active and use the self-care advice below."),
                    "You can book an online consultation now.");
            case PHYSIO_CONSULTATION -> new Guidance(
                    "We recommend an online consultation with our physiotherapist.",
                    List.of("Your answers suggest your pain will improve faster with a personal plan of exercises "
                                    + "and advice.",
                            "Until then, keep moving within comfort and avoid what clearly makes the pain worse."),
                    "Book an online consultation at a time that suits you.");
            case SELF_CARE -> new Guidance(
                    "Your answers show no warning signs. Most pain like this settles in a few weeks with self-care.",
                    List.of("Stay gently active: short walks help more than bed rest.",
                            "Warmth or a cold pack, and pain relief from the pharmacy, can ease the pain.",
                            "Fill in a new form if the pain gets worse, spreads down your leg, or has not eased in "
                                    + "six weeks."),
                    "Booking is optional. You are welcome to book a consultation for personal advice.");
        };
    }

    private static String words(Set<RedFlagCategory> concerns) {
        List<String> parts = new ArrayList<>();
        concerns.forEach(concern -> parts.add(concern.plainWords()));
        return parts.isEmpty() ? "a warning sign" : String.join("; ", parts);
    }
}
