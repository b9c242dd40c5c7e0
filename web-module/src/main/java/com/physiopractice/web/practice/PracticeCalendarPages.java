package com.physiopractice.web.practice;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.Availability;
import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.TherapistId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Her calendar: a week (Monday to Sunday) or one day, in her zone, with her working hours, her time
 * off and her appointments whatever their status; each appointment opens its page. {@code ?week=}
 * takes any date of the week to show, {@code ?day=} the day. Never cached: it names patients.
 */
@Controller
class PracticeCalendarPages {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final PracticeDiary diary;
    private final Availability availability;
    private final Workspace workspace;
    private final Clock clock;

    PracticeCalendarPages(PracticeDiary diary, Availability availability, Workspace workspace, Clock clock) {
        this.diary = diary;
        this.availability = availability;
        this.workspace = workspace;
        this.clock = clock;
    }

    @GetMapping("/practice/calendar")
    String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate week,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        ZoneId zone = workspace.zoneOf(therapist);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        boolean oneDay = day != null && week == null;
        LocalDate first = oneDay ? day : (week == null ? today : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int days = oneDay ? 1 : 7;
        LocalDate last = first.plusDays(days - 1L);
        Instant from = CalendarDays.startOf(first, zone);
        Instant to = CalendarDays.startOf(first.plusDays(days), zone);
        TherapistId her = therapist.requireTherapist();
        List<AppointmentView> appointments = diary.between(therapist, from, to);
        List<CalendarDays.Day> laid = CalendarDays.lay(first, days, zone, today, availability.weeklyHoursOf(her),
                availability.timeOffBetween(her, from, to), appointments,
                appointment -> workspace.patientName(appointment.patient()) + " · " + appointment.typeName());
        model.addAttribute("days", laid);
        model.addAttribute("oneDay", oneDay);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("title", oneDay ? LONG_DAY.format(first)
                : workspace.message("calendar.weekOf", SHORT_DAY.format(first), SHORT_DAY.format(last)));
        model.addAttribute("previous", oneDay ? first.minusDays(1) : first.minusWeeks(1));
        model.addAttribute("next", oneDay ? first.plusDays(1) : first.plusWeeks(1));
        model.addAttribute("today", today);
        model.addAttribute("weekOfDay", first);
        return "practice/calendar";
    }
}
