package com.physiopractice.web.practice;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.web.booking.FreeTimes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving a consultation on the patient's behalf (she rang, or wrote): her own free times a week at a
 * time, in her zone, through the same use case as the patient's own move, so the consultation keeps
 * its id, history and video room and the patient is sent the new time. Unlike the patient, she may
 * move it at any time before it starts.
 */
@Controller
class PracticeMovePages {

    private final OnlineBooking booking;
    private final FreeTimes freeTimes;
    private final TherapistDirectory therapists;
    private final Workspace workspace;
    private final Clock clock;

    PracticeMovePages(OnlineBooking booking, FreeTimes freeTimes, TherapistDirectory therapists, Workspace workspace,
            Clock clock) {
        this.booking = booking;
        this.freeTimes = freeTimes;
        this.therapists = therapists;
        this.workspace = workspace;
        this.clock = clock;
    }

    @GetMapping("/practice/appointments/{id}/move")
    String moveForm(@PathVariable AppointmentId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        ZoneId zone = workspace.zoneOf(therapist);
        AppointmentView appointment = booking.appointment(therapist, id);
        boolean movable = appointment.isActive() && clock.instant().isBefore(appointment.start());
        FreeTimes.Week week = freeTimes.week(from, zone);
        model.addAttribute("offers", !movable ? List.of() : therapists.find(appointment.therapist())
                .map(her -> List.of(freeTimes.offer(her, appointment.type(), week, zone))).orElse(List.of()));
        model.addAttribute("movable", movable);
        model.addAttribute("appointmentId", id.toString());
        model.addAttribute("patient", workspace.patientName(appointment.patient()));
        model.addAttribute("typeName", appointment.typeName());
        model.addAttribute("current", workspace.dateTime(appointment.start(), zone));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("week", week);
        return "practice/move";
    }

    @PostMapping("/practice/appointments/{id}/move")
    String move(@PathVariable AppointmentId id, @RequestParam(required = false) @Nullable Instant start,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Caller therapist = Workspace.therapist(request);
        ZoneId zone = workspace.zoneOf(therapist);
        if (start == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", workspace.message("move.chooseATime"));
            return moveForm(id, null, request, response, model);
        }
        try {
            AppointmentView moved = booking.reschedule(therapist, id, start);
            flash.addFlashAttribute("done", "move.done");
            flash.addFlashAttribute("doneFor", workspace.dateTime(moved.start(), zone));
            return "redirect:/practice/appointments/" + id;
        } catch (DomainRefusal refused) {
            // Taken meanwhile, or no longer hers to give: the week again, saying why.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", refused.detail());
            return moveForm(id, LocalDate.ofInstant(start, zone), request, response, model);
        }
    }
}
