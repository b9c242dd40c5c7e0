package com.physiopractice.web.portal;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.content.EducationLibrary;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.OutcomeMeasures;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.IntakeForms;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.web.site.PageNotFoundException;
import com.physiopractice.web.site.PatientTime;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The signed-in home: her consultations to come and behind her, her questionnaires and their results. Never cached. */
@Controller
class PortalPages {

    private final OnlineBooking booking;
    private final IntakeForms intakes;
    private final EducationLibrary library;
    private final PatientTime time;
    private final OutcomeMeasures measures;

    PortalPages(OnlineBooking booking, IntakeForms intakes, EducationLibrary library, PatientTime time,
            OutcomeMeasures measures) {
        this.measures = measures;
        this.booking = booking;
        this.intakes = intakes;
        this.library = library;
        this.time = time;
    }

    /** A consultation as the portal lists it. */
    record Listed(String id, String typeName, String when, String status) {
    }

    /** An outcome measure her physiotherapist asked, still to answer. */
    record WaitingMeasure(String id, String title) {
    }

    /** A questionnaire as the portal lists it. */
    record ListedIntake(String id, String when, String disposition) {
    }

    @GetMapping("/portal")
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Resumed signedIn = PageSession.of(request).orElseThrow();
        Caller caller = signedIn.caller();
        if (caller.isTherapist()) {
            // Signing in lands here; her home is her day.
            return "redirect:/practice";
        }
        if (caller.role() == com.physiopractice.identity.access.Role.ADMIN) {
            return "redirect:/admin";
        }
        model.addAttribute("emailVerified", signedIn.emailVerified());
        model.addAttribute("patient", caller.isPatient());
        if (caller.isPatient()) {
            ZoneId zone = time.zoneOf(caller.requirePatient());
            OnlineBooking.Consultations consultations = booking.consultations(caller);
            model.addAttribute("upcoming", listed(consultations.upcoming(), zone));
            model.addAttribute("past", listed(consultations.past(), zone));
            model.addAttribute("waitingMeasures", measures.waitingFor(caller).stream()
                    .map(measure -> new WaitingMeasure(measure.id().toString(), measure.instrument().title())).toList());
            model.addAttribute("intakes", intakes.mine(caller.requirePatient()).stream()
                    .map(intake -> new ListedIntake(intake.id().toString(), PatientTime.when(intake.submittedAt(), zone),
                            intake.disposition().name())).toList());
        } else {
            model.addAttribute("upcoming", List.of());
            model.addAttribute("past", List.of());
            model.addAttribute("intakes", List.of());
            model.addAttribute("waitingMeasures", List.of());
        }
        return "portal/home";
    }

    /** One of her questionnaires with its result as she was told it (the therapist's review included). */
    @GetMapping("/portal/intakes/{id}")
    String intake(@PathVariable IntakeId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller caller = PageSession.of(request).orElseThrow().caller();
        if (!caller.isPatient()) {
            throw new PageNotFoundException();
        }
        PatientId patient = caller.requirePatient();
        IntakeForms.Submission.Assessed result = intakes.result(caller, id).orElseThrow(PageNotFoundException::new);
        model.addAttribute("result", result);
        model.addAttribute("types", booking.appointmentTypes());
        model.addAttribute("picked", library.pickedFor(patient, id));
        return "booking/result";
    }

    private static List<Listed> listed(List<AppointmentView> appointments, ZoneId zone) {
        return appointments.stream().map(appointment -> new Listed(appointment.id().toString(), appointment.typeName(),
                PatientTime.when(appointment.start(), zone), appointment.status().name())).toList();
    }
}
