package com.physiopractice.web.practice;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.TriageClearance;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Her day: today's consultations in her zone, soonest first, each with its patient, the intake's
 * disposition, how long until it starts, the video room, and what she can record about it. Every
 * action is a form posted and redirected back (a reload or a second click sends nothing again),
 * and the page says what happened. Never cached: it shows health data.
 */
@Controller
class PracticeDayPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final PracticeDiary diary;
    private final OnlineBooking booking;
    private final TriageClearance triage;
    private final Workspace workspace;
    private final CareEpisodes episodes;
    private final Clock clock;

    PracticeDayPages(PracticeDiary diary, OnlineBooking booking, TriageClearance triage, Workspace workspace,
            CareEpisodes episodes, Clock clock) {
        this.workspace = workspace;
        this.episodes = episodes;
        this.diary = diary;
        this.booking = booking;
        this.triage = triage;
        this.clock = clock;
    }

    /**
     * One consultation as her day lists it.
     *
     * @param disposition the intake's disposition now (after any review), or null if it cannot be read
     * @param startsIn for example "in 25 min", "started 5 min ago", "over"
     * @param recordable started and not yet recorded: complete and no-show apply
     * @param changeable not started and still booked: cancel applies
     * @param joinable still booked and not over: the video room is offered
     */
    record Consultation(String id, String time, String patient, String patientId, String typeName,
            @Nullable String disposition, String status, String startsIn, @Nullable String videoLink,
            boolean recordable, boolean changeable, boolean joinable) {
    }

    /** A note still to sign after its consultation's day. */
    record UnsignedLine(String id, String patient, String kind, String treated) {
    }

    @GetMapping("/practice")
    String day(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = therapist(request);
        ZoneId zone = zoneOf(therapist);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Consultation> consultations = diary.between(therapist, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(appointment -> consultation(appointment, zone, now)).toList();
        model.addAttribute("today", DAY.format(today));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("consultations", consultations);
        // CSP record keeping: a note is written on the consultation's day; those left over are listed here.
        model.addAttribute("unsignedNotes", episodes.unsignedPastDue(therapist).stream()
                .map(note -> new UnsignedLine(note.note().toString(), workspace.patientName(note.patient()),
                        note.kind().name(), workspace.dateTime(note.treatedAt(), zone))).toList());
        return "practice/day";
    }

    @PostMapping("/practice/appointments/{id}/complete")
    String complete(@PathVariable AppointmentId id, HttpServletRequest request, RedirectAttributes flash) {
        return recorded(id, request, flash, "practice.done.completed", () -> diary.complete(therapist(request), id));
    }

    @PostMapping("/practice/appointments/{id}/no-show")
    String noShow(@PathVariable AppointmentId id, HttpServletRequest request, RedirectAttributes flash) {
        return recorded(id, request, flash, "practice.done.noShow", () -> diary.markNoShow(therapist(request), id));
    }

    /**
     * One consultation, as her calendar opens it: when, who, the triage, the video room, what
     * happened to it so far, and what she can do with it now.
     */
    @GetMapping("/practice/appointments/{id}")
    String appointment(@PathVariable AppointmentId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = therapist(request);
        ZoneId zone = zoneOf(therapist);
        AppointmentView appointment = booking.appointment(therapist, id);
        model.addAttribute("consultation", consultation(appointment, zone, clock.instant()));
        model.addAttribute("date", DAY.format(appointment.start().atZone(zone)));
        model.addAttribute("day", LocalDate.ofInstant(appointment.start(), zone));
        // Null for an appointment imported from the system the practice moved from, booked there without one.
        model.addAttribute("intakeId", appointment.intake() == null ? null : appointment.intake().toString());
        model.addAttribute("reason", appointment.cancellationReason());
        model.addAttribute("history", appointment.history().stream().map(change -> new HistoryLine(
                workspace.dateTime(change.at(), zone), change.kind(), change.byRole(),
                change.newStart() == null ? null : workspace.dateTime(change.newStart(), zone))).toList());
        return "practice/appointment";
    }

    /** @param kind BOOKED, RESCHEDULED or the status it ended in; @param movedTo the new start of a reschedule */
    record HistoryLine(String at, String kind, String byRole, @Nullable String movedTo) {
    }

    /** Cancelling is asked first: this page says whom it affects and takes the reason the patient will read. */
    @GetMapping("/practice/appointments/{id}/cancel")
    String cancelForm(@PathVariable AppointmentId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = therapist(request);
        AppointmentView appointment = booking.appointment(therapist, id);
        model.addAttribute("consultation", consultation(appointment, zoneOf(therapist), clock.instant()));
        model.addAttribute("errors", Map.of());
        return "practice/cancel";
    }

    @PostMapping("/practice/appointments/{id}/cancel")
    String cancel(@PathVariable AppointmentId id, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            response.setStatus(422);
            String form = cancelForm(id, request, response, model);
            model.addAttribute("errors", Map.of("reason", message(why.isEmpty()
                    ? "practice.cancel.reasonMissing" : "practice.cancel.reasonTooLong")));
            model.addAttribute("reason", why);
            return form;
        }
        return recorded(id, request, flash, "practice.done.cancelled", () -> booking.cancel(therapist(request), id, why));
    }

    private String recorded(AppointmentId id, HttpServletRequest request, RedirectAttributes flash, String done,
            Supplier<AppointmentView> change) {
        try {
            AppointmentView changed = change.get();
            flash.addFlashAttribute("done", done);
            flash.addFlashAttribute("doneFor", TIME.format(changed.start().atZone(zoneOf(therapist(request)))) + " "
                    + patientName(changed));
        } catch (DomainRefusal refused) {
            flash.addFlashAttribute("refusal", refused.detail());
        }
        // The consultation in the address: of a double click the browser follows one answer, and the
        // other's flash must not wait in the session to greet her on a later visit to her day.
        return "redirect:/practice?changed=" + id;
    }

    private Consultation consultation(AppointmentView appointment, ZoneId zone, Instant now) {
        boolean started = !now.isBefore(appointment.start());
        String disposition = appointment.intake() == null ? null : triage.profile(appointment.patient(),
                appointment.intake()).map(IntakeProfile::disposition).map(Enum::name).orElse(null);
        return new Consultation(appointment.id().toString(),
                TIME.format(appointment.start().atZone(zone)) + "–" + TIME.format(appointment.end().atZone(zone)),
                patientName(appointment), appointment.patient().toString(), appointment.typeName(), disposition,
                appointment.status().name(), startsIn(appointment, now), appointment.videoLink(),
                started && appointment.isActive(), !started && appointment.isActive(),
                appointment.isActive() && now.isBefore(appointment.end()));
    }

    private String startsIn(AppointmentView appointment, Instant now) {
        if (!now.isBefore(appointment.end())) {
            return message("practice.over");
        }
        if (now.isBefore(appointment.start())) {
            return message("practice.startsIn", minutes(Duration.between(now, appointment.start())));
        }
        return message("practice.startedAgo", minutes(Duration.between(appointment.start(), now)));
    }

    private String minutes(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        return minutes < 60 ? message("practice.minutes", minutes)
                : message("practice.hoursAndMinutes", minutes / 60, minutes % 60);
    }

    private String message(String key, Object... arguments) {
        return workspace.message(key, arguments);
    }

    private String patientName(AppointmentView appointment) {
        return workspace.patientName(appointment.patient());
    }

    private ZoneId zoneOf(Caller therapist) {
        return workspace.zoneOf(therapist);
    }

    private static Caller therapist(HttpServletRequest request) {
        return Workspace.therapist(request);
    }
}
