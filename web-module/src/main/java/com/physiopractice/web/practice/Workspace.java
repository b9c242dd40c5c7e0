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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** What every workspace page needs: who she is, her zone, her patients' names, the page's words. */
@Component
class Workspace {

    private static final String NAMES = Workspace.class.getName() + ".patientNames";
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

    /** Looked up once per request: a calendar week or a queue names the same few patients many times. */
    @SuppressWarnings("unchecked")
    String patientName(PatientId patient) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return lookUp(patient);
        }
        Map<PatientId, String> known = (Map<PatientId, String>) request.getAttribute(NAMES, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = new HashMap<>();
            request.setAttribute(NAMES, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known.computeIfAbsent(patient, this::lookUp);
    }

    private String lookUp(PatientId patient) {
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
