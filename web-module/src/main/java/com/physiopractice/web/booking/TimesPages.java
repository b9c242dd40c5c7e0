package com.physiopractice.web.booking;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.booking.SlotSearch;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Choosing a time and booking it, then the booked consultation: every time shown in the
 * patient's own zone, named. The slots are booking's own, so every one shown can be booked.
 */
@Controller
class TimesPages {

    /** How many days the page shows at a time. */
    static final int DAYS = 7;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final OnlineBooking booking;
    private final SlotSearch slots;
    private final TherapistDirectory therapists;
    private final PatientDirectory patients;
    private final Clock clock;

    TimesPages(OnlineBooking booking, SlotSearch slots, TherapistDirectory therapists, PatientDirectory patients,
            Clock clock) {
        this.booking = booking;
        this.slots = slots;
        this.therapists = therapists;
        this.patients = patients;
        this.clock = clock;
    }

    /** A free time as the page offers it. */
    record Time(String start, String label) {
    }

    /** One therapist's free times over the days shown, by day (only days with times). */
    record Offer(TherapistProfile therapist, Map<String, List<Time>> days) {
    }

    @GetMapping("/book/times")
    String times(@RequestParam IntakeId intake, @RequestParam String type,
            @RequestParam(required = false) @Nullable LocalDate from, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        PatientId patient = signedInPatient(request);
        ZoneId zone = zoneOf(patient);
        AppointmentType kind = typeOf(type);
        // The practice's clock, not the machine's: the same "today" as booking's rules.
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from == null || from.isBefore(today) ? today : from;
        List<Offer> offers = therapists.active().stream()
                .map(therapist -> new Offer(therapist, byDay(slots.between(therapist.id(), kind.code(), first,
                        first.plusDays(DAYS - 1), zone), zone)))
                .toList();
        model.addAttribute("offers", offers);
        model.addAttribute("intake", intake.toString());
        model.addAttribute("type", kind);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("from", first);
        model.addAttribute("next", first.plusDays(DAYS));
        model.addAttribute("previous", first.minusDays(DAYS).isBefore(today) ? null : first.minusDays(DAYS));
        model.addAttribute("range", DAY.format(first) + " to " + DAY.format(first.plusDays(DAYS - 1)));
        return "booking/times";
    }

    @PostMapping("/book/confirm")
    String confirm(@RequestParam IntakeId intake, @RequestParam String type, @RequestParam TherapistId therapist,
            @RequestParam Instant start, HttpServletRequest request, HttpServletResponse response, Model model) {
        PatientId patient = signedInPatient(request);
        try {
            AppointmentView booked = booking.book(patient, therapist, typeOf(type).code(), start, intake);
            return "redirect:/portal/appointments/" + booked.id() + "?booked";
        } catch (DomainRefusal refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", refused.detail());
            return times(intake, type, LocalDate.ofInstant(start, zoneOf(patient)), request, response, model);
        }
    }

    @GetMapping("/portal/appointments/{id}")
    String appointment(@PathVariable AppointmentId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Resumed signedIn = PageSession.of(request).orElseThrow();
        AppointmentView appointment = booking.appointment(signedIn.caller(), id);
        ZoneId zone = zoneOf(signedIn.caller().requirePatient());
        model.addAttribute("appointment", appointment);
        model.addAttribute("when", DAY.format(appointment.start().atZone(zone)) + " at "
                + TIME.format(appointment.start().atZone(zone)) + " (" + zone.getId() + " time)");
        model.addAttribute("therapist", therapists.find(appointment.therapist()).map(TherapistProfile::displayName)
                .orElse(""));
        return "booking/appointment";
    }

    @GetMapping("/portal/appointments/{id}/cancel")
    String cancelForm(@PathVariable AppointmentId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Resumed signedIn = PageSession.of(request).orElseThrow();
        AppointmentView appointment = booking.appointment(signedIn.caller(), id);
        ZoneId zone = zoneOf(signedIn.caller().requirePatient());
        Instant freeUntil = appointment.start().minus(booking.changeWindow());
        model.addAttribute("appointment", appointment);
        model.addAttribute("late", !clock.instant().isBefore(freeUntil));
        model.addAttribute("hours", booking.changeWindow().toHours());
        model.addAttribute("freeUntil", DAY.format(freeUntil.atZone(zone)) + " at " + TIME.format(freeUntil.atZone(zone))
                + " (" + zone.getId() + " time)");
        return "booking/cancel";
    }

    @PostMapping("/portal/appointments/{id}/cancel")
    String cancel(@PathVariable AppointmentId id, @RequestParam(required = false) @Nullable String reason,
            HttpServletRequest request) {
        Resumed signedIn = PageSession.of(request).orElseThrow();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        booking.cancel(signedIn.caller(), id, why == null || why.length() <= 500 ? why : why.substring(0, 500));
        return "redirect:/portal/appointments/" + id + "?cancelled";
    }

    private Map<String, List<Time>> byDay(List<SlotSearch.Slot> free, ZoneId zone) {
        Map<String, List<Time>> days = new LinkedHashMap<>();
        for (SlotSearch.Slot slot : free) {
            days.computeIfAbsent(DAY.format(slot.start().atZone(zone)), day -> new java.util.ArrayList<>())
                    .add(new Time(slot.start().toString(), TIME.format(slot.start().atZone(zone))));
        }
        return days;
    }

    private AppointmentType typeOf(String code) {
        return booking.appointmentTypes().stream().filter(type -> type.code().equals(code)).findFirst()
                .orElseThrow(() -> new BadAddressException());
    }

    private ZoneId zoneOf(PatientId patient) {
        return patients.find(patient).map(PatientProfile::timeZone).orElse(ZoneId.of("UTC"));
    }

    private static PatientId signedInPatient(HttpServletRequest request) {
        Resumed signedIn = PageSession.of(request).orElseThrow();
        if (!signedIn.caller().isPatient()) {
            throw new BadAddressException();
        }
        return signedIn.caller().requirePatient();
    }
}
