package com.physiopractice.notification;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.triage.SafetyNet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The words the emails use to ask for the safety check-in before a consultation and to repeat the
 * safety-netting: the patient answers the safety questions again at the check-in page, and is
 * told the warning signs that mean going to an emergency department instead of waiting.
 */
final class CheckIn {

    /** The check-in is asked for with the reminder this long before the consultation (or at booking, if later). */
    static final Duration ASKED_BEFORE = Duration.ofHours(24);

    private CheckIn() {
    }

    static String link(NotificationSettings settings, AppointmentId appointment) {
        return settings.appBaseUrl().replaceAll("/+$", "") + "/appointments/" + appointment + "/check-in";
    }

    static String invitation(NotificationSettings settings, AppointmentId appointment) {
        return "Before your consultation, please answer our safety questions again (it takes a minute), so that we know "
                + "nothing has changed that needs a doctor first: " + link(settings, appointment);
    }

    /**
     * An appointment carried over from the system the practice moved from has no intake form here,
     * so no check-in to compare with: she is asked for the form itself.
     */
    static String intakeInvitation(NotificationSettings settings) {
        return "Before your consultation, please fill in our questionnaire about your back or hip (it takes about ten "
                + "minutes), so that your therapist can prepare and we know nothing needs a doctor first: "
                + settings.appBaseUrl().replaceAll("/+$", "") + "/book/questionnaire";
    }

    static List<String> safetyNetParagraphs(SafetyNet net) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(net.headline());
        paragraphs.add(String.join(" ", net.warningSigns()));
        paragraphs.add(net.whatToDo());
        return paragraphs;
    }
}
