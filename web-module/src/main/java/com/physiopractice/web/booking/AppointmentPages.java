package com.physiopractice.web.booking;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.web.site.PatientTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A booked consultation and what its patient can do with it: join the call when it is time, add it
 * to her calendar, move it (the same picker as booking) or cancel it, with the late rule said before
 * she confirms. Personal pages: never cached. Someone else's appointment is not found.
 */
@Controller
class AppointmentPages {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final OnlineBooking booking;
    private final FreeTimes freeTimes;
    private final TherapistDirectory therapists;
    private final PatientTime time;
    private final Clock clock;

    AppointmentPages(OnlineBooking booking, FreeTimes freeTimes, TherapistDirectory therapists, PatientTime time,
            Clock clock) {
        this.booking = booking;
        this.freeTimes = freeTimes;
        this.therapists = therapists;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/portal/appointments/{id}")
    String appointment(@PathVariable AppointmentId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller patient = caller(request);
        AppointmentView appointment = booking.appointment(patient, id);
        ZoneId zone = time.zoneOf(patient.requirePatient());
        Instant now = clock.instant();
        boolean confirmed = appointment.isActive();
        model.addAttribute("appointment", appointment);
        model.addAttribute("when", PatientTime.when(appointment.start(), zone));
        model.addAttribute("opensAt", PatientTime.when(appointment.start().minus(AppointmentView.ROOM_OPENS_BEFORE), zone));
        model.addAttribute("therapist", therapistName(appointment));
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("joinable", appointment.roomOpenAt(now));
        model.addAttribute("over", !now.isBefore(appointment.end()));
        model.addAttribute("movable", confirmed && now.isBefore(appointment.start().minus(booking.changeWindow())));
        model.addAttribute("cancellable", confirmed && now.isBefore(appointment.start()));
        model.addAttribute("hours", booking.changeWindow().toHours());
        return "booking/appointment";
    }

    /** The same UID and SEQUENCE as the emailed invitation: adding it twice updates one entry. */
    @GetMapping("/portal/appointments/{id}/calendar.ics")
    ResponseEntity<String> calendarFile(@PathVariable AppointmentId id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename("consultation.ics").build()
                        .toString())
                .body(booking.calendarFile(caller(request), id));
    }

    @GetMapping("/portal/appointments/{id}/cancel")
    String cancelForm(@PathVariable AppointmentId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller patient = caller(request);
        AppointmentView appointment = booking.appointment(patient, id);
        ZoneId zone = time.zoneOf(patient.requirePatient());
        Instant freeUntil = appointment.start().minus(booking.changeWindow());
        model.addAttribute("appointment", appointment);
        model.addAttribute("when", PatientTime.when(appointment.start(), zone));
        model.addAttribute("late", !clock.instant().isBefore(freeUntil));
        model.addAttribute("hours", booking.changeWindow().toHours());
        model.addAttribute("freeUntil", PatientTime.when(freeUntil, zone));
        return "booking/cancel";
    }

    @PostMapping("/portal/appointments/{id}/cancel")
    String cancel(@PathVariable AppointmentId id, @RequestParam(required = false) @Nullable String reason,
            HttpServletRequest request) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        booking.cancel(caller(request), id, why == null || why.length() <= 500 ? why : why.substring(0, 500));
        return "redirect:/portal/appointments/" + id + "?cancelled";
    }

    @GetMapping("/portal/appointments/{id}/reschedule")
    String rescheduleForm(@PathVariable AppointmentId id, @RequestParam(required = false) @Nullable LocalDate from,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller patient = caller(request);
        AppointmentView appointment = booking.appointment(patient, id);
        ZoneId zone = time.zoneOf(patient.requirePatient());
        AppointmentType type = PatientPages.typeOf(booking, appointment.type());
        FreeTimes.Week week = freeTimes.week(from, zone);
        boolean movable = appointment.isActive()
                && clock.instant().isBefore(appointment.start().minus(booking.changeWindow()));
        // Only her own therapist: moving keeps the consultation, its history and its video room.
        model.addAttribute("offers", !movable ? List.of() : therapists.find(appointment.therapist())
                .map(therapist -> List.of(freeTimes.offer(therapist, type.code(), week, zone))).orElse(List.of()));
        model.addAttribute("movable", movable);
        model.addAttribute("appointment", appointment);
        model.addAttribute("current", PatientTime.when(appointment.start(), zone));
        model.addAttribute("hours", booking.changeWindow().toHours());
        PatientPages.picker(model, type, zone, week,
                UriComponentsBuilder.fromPath("/portal/appointments/" + id + "/reschedule"),
                "/portal/appointments/" + id + "/reschedule", Map.of());
        model.addAttribute("title", "reschedule.title");
        return "booking/times";
    }

    @PostMapping("/portal/appointments/{id}/reschedule")
    String reschedule(@PathVariable AppointmentId id, @RequestParam Instant start, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            booking.reschedule(caller(request), id, start);
            return "redirect:/portal/appointments/" + id + "?rescheduled";
        } catch (DomainRefusal refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", refused.detail());
            return rescheduleForm(id, LocalDate.ofInstant(start, time.zoneOf(caller(request).requirePatient())),
                    request, response, model);
        }
    }

    private String therapistName(AppointmentView appointment) {
        return therapists.find(appointment.therapist()).map(TherapistProfile::displayName).orElse("");
    }

    private static Caller caller(HttpServletRequest request) {
        return PatientPages.signedInPatientCaller(request);
    }
}
