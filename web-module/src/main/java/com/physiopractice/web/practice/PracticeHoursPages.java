package com.physiopractice.web.practice;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.Availability;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.booking.TimeOffAdded;
import com.physiopractice.booking.TimeOffPeriod;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.booking.WorkingPeriod;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.time.TimeWindow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Her hours: the regular week and her time off, in her own zone. A new time off that collides
 * with booked consultations lists them before she saves it; saving never moves or cancels them
 * (she does that herself, with the patient told), and the page says how many are left to handle.
 */
@Controller
class PracticeHoursPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);
    private static final int MAX_REASON = 200;

    private final Availability availability;
    private final OnlineBooking booking;
    private final Workspace workspace;

    PracticeHoursPages(Availability availability, OnlineBooking booking, Workspace workspace) {
        this.availability = availability;
        this.booking = booking;
        this.workspace = workspace;
    }

    /**
     * A weekday as the week form shows it: its name, and the start and end of up to
     * {@link #PERIODS_A_DAY} periods (empty when she does not work then).
     */
    record Day(String code, String name, List<String> starts, List<String> ends) {

        public String field(String part, int period) {
            return code + "-" + part + "-" + (period + 1);
        }
    }

    /** Up to three periods a day: a working day with two breaks. */
    static final int PERIODS_A_DAY = 3;

    record Away(String id, String from, String until, @Nullable String reason) {
    }

    /** A booked consultation the new time off would fall on. */
    record Collision(String id, String when, String patient, String typeName) {
    }

    /** What she typed into the time-off form, kept when it is shown again. */
    record TimeOffForm(String startDate, String startTime, String endDate, String endTime, String reason) {
    }

    @GetMapping("/practice/hours")
    String hours(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(therapist(request), response, model, new TimeOffForm("", "09:00", "", "17:00", ""), Map.of());
    }

    @PostMapping("/practice/hours/time-off")
    String addTimeOff(@RequestParam(defaultValue = "") String startDate, @RequestParam(defaultValue = "") String startTime,
            @RequestParam(defaultValue = "") String endDate, @RequestParam(defaultValue = "") String endTime,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Caller therapist = therapist(request);
        ZoneId zone = zoneOf(therapist);
        TimeOffForm form = new TimeOffForm(startDate.strip(), startTime.strip(), endDate.strip(), endTime.strip(),
                reason.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        Instant start = instant(form.startDate(), form.startTime(), zone, "startDate", "startTime", errors);
        Instant end = instant(form.endDate(), form.endTime(), zone, "endDate", "endTime", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.put("endDate", problem("endDate", "hours.error.endBeforeStart"));
        }
        if (form.reason().length() > MAX_REASON) {
            errors.put("reason", problem("reason", "hours.error.reasonTooLong", MAX_REASON));
        }
        if (!errors.isEmpty() || start == null || end == null) {
            response.setStatus(422);
            return page(therapist, response, model, form, errors);
        }
        TimeWindow window = TimeWindow.of(start, end);
        List<AppointmentId> colliding = availability.collisionsWith(therapist.requireTherapist(), window);
        if (!colliding.isEmpty() && !confirmed) {
            // Nothing is saved yet: she sees whom it affects and decides.
            model.addAttribute("collisions", colliding.stream().map(id -> collision(therapist, id, zone)).toList());
            return page(therapist, response, model, form, Map.of());
        }
        TimeOffAdded added = availability.addTimeOff(therapist.requireTherapist(), window,
                form.reason().isEmpty() ? null : form.reason());
        flash.addFlashAttribute("done", message("hours.done.added", WHEN.format(start.atZone(zone)),
                WHEN.format(end.atZone(zone)), added.conflictingAppointments().size()));
        return "redirect:/practice/hours";
    }

    /** Replaces her whole week; booked consultations stay as they are (the page says so). */
    @PostMapping("/practice/hours/week")
    String changeWeek(@RequestParam Map<String, String> fields, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        Caller therapist = therapist(request);
        Map<String, String> errors = new LinkedHashMap<>();
        List<WorkingPeriod> periods = new ArrayList<>();
        List<Day> typed = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Day day = new Day(weekday.name().toLowerCase(Locale.ROOT), weekday.getDisplayName(TextStyle.FULL, Locale.UK),
                    List.of(), List.of());
            List<String> starts = new ArrayList<>();
            List<String> ends = new ArrayList<>();
            for (int period = 0; period < PERIODS_A_DAY; period++) {
                String start = fields.getOrDefault(day.field("start", period), "").strip();
                String end = fields.getOrDefault(day.field("end", period), "").strip();
                starts.add(start);
                ends.add(end);
                int at = period;
                workingPeriod(weekday, day, period, start, end, errors).ifPresent(found -> {
                    if (periods.stream().anyMatch(found::overlaps)) {
                        errors.put(day.field("start", at), message("hours.error.overlap", day.name()));
                    } else {
                        periods.add(found);
                    }
                });
            }
            typed.add(new Day(day.code(), day.name(), starts, ends));
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("week", typed);
            model.addAttribute("weekErrors", errors);
            return page(therapist, response, model, new TimeOffForm("", "09:00", "", "17:00", ""), errors);
        }
        availability.replaceWeeklyHours(therapist.requireTherapist(), new WeeklyHours(periods));
        flash.addFlashAttribute("done", message("hours.done.week"));
        return "redirect:/practice/hours";
    }

    @PostMapping("/practice/hours/time-off/{id}/remove")
    String removeTimeOff(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes flash) {
        availability.removeTimeOff(therapist(request).requireTherapist(), id);
        flash.addFlashAttribute("done", message("hours.done.removed"));
        return "redirect:/practice/hours";
    }

    private String page(Caller therapist, HttpServletResponse response, Model model, TimeOffForm form,
            Map<String, String> errors) {
        response.setHeader("Cache-Control", "no-store");
        TherapistId her = therapist.requireTherapist();
        ZoneId zone = zoneOf(therapist);
        List<WorkingPeriod> week = availability.weeklyHoursOf(her).periods();
        model.addAttribute("zone", zone.getId());
        if (!model.containsAttribute("week")) {
            model.addAttribute("week", Arrays.stream(DayOfWeek.values()).map(day -> asTyped(day, week)).toList());
            model.addAttribute("weekErrors", Map.of());
        }
        model.addAttribute("timeOff", availability.upcomingTimeOff(her).stream().map(period -> away(period, zone))
                .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "practice/hours";
    }

    private Optional<WorkingPeriod> workingPeriod(DayOfWeek weekday, Day day, int period, String start,
            String end, Map<String, String> errors) {
        if (start.isEmpty() && end.isEmpty()) {
            return Optional.empty();
        }
        LocalTime from = time(start, day.field("start", period), day.name(), errors);
        LocalTime until = time(end, day.field("end", period), day.name(), errors);
        if (from == null || until == null) {
            return Optional.empty();
        }
        if (!until.isAfter(from)) {
            errors.put(day.field("end", period), message("hours.error.dayEndBeforeStart", day.name()));
            return Optional.empty();
        }
        return Optional.of(new WorkingPeriod(weekday, from, until));
    }

    private @Nullable LocalTime time(String typed, String field, String dayName, Map<String, String> errors) {
        try {
            return LocalTime.parse(typed);
        } catch (DateTimeParseException notATime) {
            errors.put(field, message(typed.isEmpty() ? "hours.error.bothTimes" : "hours.error.dayTime", dayName));
            return null;
        }
    }

    private @Nullable Instant instant(String date, String time, ZoneId zone, String dateField, String timeField,
            Map<String, String> errors) {
        LocalDate day = null;
        LocalTime at = null;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException notADate) {
            errors.put(dateField, problem(dateField, date.isEmpty() ? "hours.error.dateMissing" : "hours.error.date"));
        }
        try {
            at = LocalTime.parse(time);
        } catch (DateTimeParseException notATime) {
            errors.put(timeField, problem(timeField, time.isEmpty() ? "hours.error.timeMissing" : "hours.error.time"));
        }
        // A wall-clock time that does not exist (in a spring-forward gap) moves forward, as her calendar does.
        return day == null || at == null ? null : LocalDateTime.of(day, at).atZone(zone).toInstant();
    }

    private static Day asTyped(DayOfWeek day, List<WorkingPeriod> week) {
        List<WorkingPeriod> hers = week.stream().filter(period -> period.day() == day).toList();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (int period = 0; period < PERIODS_A_DAY; period++) {
            starts.add(period < hers.size() ? hers.get(period).start().toString() : "");
            ends.add(period < hers.size() ? hers.get(period).end().toString() : "");
        }
        return new Day(day.name().toLowerCase(Locale.ROOT), day.getDisplayName(TextStyle.FULL, Locale.UK), starts, ends);
    }

    private Collision collision(Caller therapist, AppointmentId id, ZoneId zone) {
        AppointmentView appointment = booking.appointment(therapist, id);
        return new Collision(id.toString(), WHEN.format(appointment.start().atZone(zone)),
                workspace.patientName(appointment.patient()), appointment.typeName());
    }

    private static Away away(TimeOffPeriod period, ZoneId zone) {
        return new Away(period.id().toString(), WHEN.format(period.window().start().atZone(zone)),
                WHEN.format(period.window().end().atZone(zone)), period.reason());
    }

    private ZoneId zoneOf(Caller therapist) {
        return workspace.zoneOf(therapist);
    }

    /** "First day: Enter a date", as the error summary names each bad field. */
    private String problem(String field, String key, Object... arguments) {
        return message("form.fieldError", message("field." + field), message(key, arguments));
    }

    private String message(String key, Object... arguments) {
        return workspace.message(key, arguments);
    }

    private static Caller therapist(HttpServletRequest request) {
        return Workspace.therapist(request);
    }
}
