package com.physiopractice.web.portal;

import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home. Personal: never cached. */
@Controller
class PortalPages {

    private final OnlineBooking booking;
    private final PatientDirectory patients;

    PortalPages(OnlineBooking booking, PatientDirectory patients) {
        this.booking = booking;
        this.patients = patients;
    }

    /** A booked consultation as the portal lists it. */
    record Upcoming(String id, String typeName, String when) {
    }

    @GetMapping("/portal")
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Resumed signedIn = PageSession.of(request).orElseThrow();
        model.addAttribute("emailVerified", signedIn.emailVerified());
        model.addAttribute("role", signedIn.caller().role().name());
        if (signedIn.caller().isPatient()) {
            ZoneId zone = patients.find(signedIn.caller().requirePatient()).map(PatientProfile::timeZone)
                    .orElse(ZoneId.of("UTC"));
            DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);
            model.addAttribute("upcoming", booking.upcoming(signedIn.caller()).stream()
                    .map(appointment -> new Upcoming(appointment.id().toString(), appointment.typeName(),
                            format.format(appointment.start().atZone(zone)) + " (" + zone.getId() + " time)"))
                    .toList());
        } else {
            model.addAttribute("upcoming", java.util.List.of());
        }
        return "portal/home";
    }
}
