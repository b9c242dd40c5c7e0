package com.physiopractice.web.site;

import com.physiopractice.identity.access.Role;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page names the practice and its therapist (header, footer, titles). */
@ControllerAdvice(basePackages = "com.physiopractice.web")
class PracticeModelAttributes {

    private final PracticeProfile practice;

    PracticeModelAttributes(PracticeProfile practice) {
        this.practice = practice;
    }

    @ModelAttribute("practice")
    PracticeProfile practice() {
        return practice;
    }

    /** The header offers the therapist her workspace instead of a patient's page. */
    @ModelAttribute("therapistSignedIn")
    boolean therapistSignedIn(HttpServletRequest request) {
        return PageSession.of(request).map(signedIn -> signedIn.caller().isTherapist()).orElse(false);
    }

    /** The header offers an administrator her pages. */
    @ModelAttribute("adminSignedIn")
    boolean adminSignedIn(HttpServletRequest request) {
        return PageSession.of(request).map(signedIn -> signedIn.caller().role() == Role.ADMIN).orElse(false);
    }

    /** The header offers sign in, or her own page. */
    @ModelAttribute("signedIn")
    boolean signedIn(HttpServletRequest request) {
        return PageSession.of(request).isPresent();
    }
}
