package com.physiopractice.web.booking;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.web.site.PatientTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Choosing a time after the questionnaire and booking it: every time shown in the patient's own zone, named. */
@Controller
class TimesPages {

    private final OnlineBooking booking;
    private final FreeTimes freeTimes;
    private final TherapistDirectory therapists;
    private final PatientTime time;

    TimesPages(OnlineBooking booking, FreeTimes freeTimes, TherapistDirectory therapists, PatientTime time) {
        this.booking = booking;
        this.freeTimes = freeTimes;
        this.therapists = therapists;
        this.time = time;
    }

    @GetMapping("/book/times")
    String times(@RequestParam IntakeId intake, @RequestParam String type,
            @RequestParam(required = false) @Nullable LocalDate from, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        PatientId patient = PatientPages.signedInPatient(request);
        ZoneId zone = time.zoneOf(patient);
        AppointmentType kind = PatientPages.typeOf(booking, type);
        FreeTimes.Week week = freeTimes.week(from, zone);
        model.addAttribute("offers", therapists.active().stream()
                .map(therapist -> freeTimes.offer(therapist, kind.code(), week, zone)).toList());
        UriComponentsBuilder here = UriComponentsBuilder.fromPath("/book/times").queryParam("intake", intake)
                .queryParam("type", kind.code());
        PatientPages.picker(model, kind, zone, week, here, "/book/confirm",
                Map.of("intake", intake.toString(), "type", kind.code()));
        model.addAttribute("title", "times.title");
        return "booking/times";
    }

    @PostMapping("/book/confirm")
    String confirm(@RequestParam IntakeId intake, @RequestParam String type, @RequestParam TherapistId therapist,
            @RequestParam Instant start, HttpServletRequest request, HttpServletResponse response, Model model) {
        PatientId patient = PatientPages.signedInPatient(request);
        try {
            AppointmentView booked = booking.book(patient, therapist, PatientPages.typeOf(booking, type).code(), start,
                    intake);
            return "redirect:/portal/appointments/" + booked.id() + "?booked";
        } catch (DomainRefusal refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", refused.detail());
            return times(intake, type, LocalDate.ofInstant(start, time.zoneOf(patient)), request, response, model);
        }
    }
}
