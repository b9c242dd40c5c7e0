package com.physiopractice.web.practice;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What every workspace page needs: who she is, her zone, her patients' names, the page's words. */
@Component
class Workspace {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final PatientDirectory patients;
    private final TherapistDirectory therapists;
    private final MessageSource messages;

    Workspace(PatientDirectory patients, TherapistDirectory therapists, MessageSource messages) {
        this.patients = patients;
        this.therapists = therapists;
        this.messages = messages;
    }

    /** The chain lets only therapists in; a page asked for by anyone else would be a bug, not a visitor. */
    static Caller therapist(HttpServletRequest request) {
        return PageSession.of(request).orElseThrow().caller();
    }

    ZoneId zoneOf(Caller therapist) {
        return therapists.find(therapist.requireTherapist()).map(TherapistProfile::timeZone).orElse(ZoneId.of("UTC"));
    }

    String patientName(PatientId patient) {
        return patients.find(patient).map(PatientProfile::fullName).orElse("(patient not found)");
    }

    /** "3 Dec 2026, 09:30" in her zone. */
    String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
