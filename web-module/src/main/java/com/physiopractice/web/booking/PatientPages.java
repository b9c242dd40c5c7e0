package com.physiopractice.web.booking;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** What the booking pages share: who is booking, which kind of consultation, and the slot picker's frame. */
final class PatientPages {

    private PatientPages() {
    }

    /** The signed-in patient; staff and visitors have no booking pages (a plain 404, as for a wrong address). */
    static PatientId signedInPatient(HttpServletRequest request) {
        return signedInPatientCaller(request).requirePatient();
    }

    /** The same, as the caller the booking module's reads and changes are made for. */
    static Caller signedInPatientCaller(HttpServletRequest request) {
        Caller caller = PageSession.of(request).orElseThrow().caller();
        if (!caller.isPatient()) {
            throw new BadAddressException();
        }
        return caller;
    }

    static AppointmentType typeOf(OnlineBooking booking, String code) {
        return booking.appointmentTypes().stream().filter(type -> type.code().equals(code)).findFirst()
                .orElseThrow(BadAddressException::new);
    }

    /**
     * The picker's frame: the kind and its length, the zone, the week with links to the weeks either
     * side ({@code here} is this page's address without its {@code from}), and where the chosen time goes.
     */
    static void picker(Model model, AppointmentType type, ZoneId zone, FreeTimes.Week week, UriComponentsBuilder here,
            String action, Map<String, String> hidden) {
        model.addAttribute("type", type);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("range", week.range());
        model.addAttribute("laterHref", here.cloneBuilder().queryParam("from", week.next()).toUriString());
        model.addAttribute("earlierHref", week.previous() == null ? null
                : here.cloneBuilder().queryParam("from", week.previous()).toUriString());
        model.addAttribute("action", action);
        model.addAttribute("hidden", hidden);
    }
}
