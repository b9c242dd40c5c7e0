package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentImport;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.booking.slots.Schedule;
import com.physiopractice.booking.slots.SlotPolicy;
import com.physiopractice.booking.slots.SlotPolicy.Refusal;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries appointments over from the system a practice moves from. Each therapist's calendar is
 * read once for the whole import, the appointments checked in order of start against it and
 * against each other; the slot ledger then claims their time, as for any booking.
 */
@Service
class AppointmentImportService implements AppointmentImport {

    private final Appointments appointments;
    private final SlotLedger ledger;
    private final ScheduleLoader schedules;
    private final TherapistDirectory therapists;
    private final SlotPolicy rules;
    private final BookingSettings settings;
    private final VideoRoomIssuer videoRooms;
    private final Clock clock;

    AppointmentImportService(Appointments appointments, SlotLedger ledger, ScheduleLoader schedules,
            TherapistDirectory therapists, SlotPolicy rules, BookingSettings settings, VideoRoomIssuer videoRooms,
            Clock clock) {
        this.appointments = appointments;
        this.ledger = ledger;
        this.schedules = schedules;
        this.therapists = therapists;
        this.rules = rules;
        this.settings = settings;
        this.videoRooms = videoRooms;
        this.clock = clock;
    }

    @Override
    public List<String> typeCodes() {
        return settings.types().stream().map(AppointmentType::code).toList();
    }

    @Override
    @Transactional
    public SortedMap<Integer, FieldProblem> problemsWith(List<ImportedAppointment> imported) {
        Instant now = clock.instant();
        SortedMap<Integer, FieldProblem> problems = new TreeMap<>();
        Map<TherapistId, List<Integer>> byTherapist = new LinkedHashMap<>();
        for (int index = 0; index < imported.size(); index++) {
            ImportedAppointment appointment = imported.get(index);
            Optional<AppointmentType> type = settings.findType(appointment.type());
            if (type.isEmpty()) {
                problems.put(index, new FieldProblem("type", "is not a kind of consultation offered here; use one of "
                        + typeCodes()));
            } else if (!appointment.start().isAfter(now)) {
                problems.put(index, new FieldProblem("start", "is not in the future: only appointments still to come are imported"));
            } else {
                byTherapist.computeIfAbsent(appointment.therapist(), therapist -> new ArrayList<>()).add(index);
            }
        }
        byTherapist.forEach((therapist, indexes) -> checkCalendar(therapist, indexes, imported, problems));
        return problems;
    }

    /** One therapist's appointments, in order of start, against her calendar and each other. */
    private void checkCalendar(TherapistId therapistId, List<Integer> indexes, List<ImportedAppointment> imported,
            SortedMap<Integer, FieldProblem> problems) {
        Optional<TherapistProfile> therapist = therapists.find(therapistId).filter(TherapistProfile::active);
        if (therapist.isEmpty()) {
            indexes.forEach(index -> problems.put(index, new FieldProblem("therapist", "does not take patients here")));
            return;
        }
        indexes.sort(Comparator.comparing(index -> imported.get(index).start()));
        Instant first = imported.get(indexes.get(0)).start();
        Instant last = imported.get(indexes.get(indexes.size() - 1)).start().plus(settings.longestAppointment());
        Schedule calendar = schedules.around(therapist.get(), first, last, null);
        List<TimeWindow> accepted = new ArrayList<>();
        for (int index : indexes) {
            ImportedAppointment appointment = imported.get(index);
            AppointmentType type = settings.findType(appointment.type()).orElseThrow();
            TimeWindow occupied = rules.occupied(appointment.start(), type);
            Optional<Refusal> refusal = rules.checkImported(appointment.start(), type, calendar);
            if (refusal.isPresent()) {
                problems.put(index, new FieldProblem("start", switch (refusal.get()) {
                    case TIME_OFF -> "falls in the therapist's time off here";
                    case TAKEN -> "overlaps an appointment already booked here (or the break after it)";
                    default -> "is not on the " + BookingSettings.GRID.toMinutes() + "-minute grid of start times";
                }));
            } else if (accepted.stream().anyMatch(occupied::overlaps)) {
                problems.put(index, new FieldProblem("start",
                        "overlaps another appointment of the same therapist in this import (or the break after it)"));
            } else {
                accepted.add(occupied);
            }
        }
    }

    @Override
    @Transactional
    public List<AppointmentId> importAll(List<ImportedAppointment> imported) {
        if (!problemsWith(imported).isEmpty()) {
            throw new ConflictException("import-not-possible", "Appointments cannot be imported",
                    "Some of the appointments cannot be imported; check them first.");
        }
        Instant now = clock.instant();
        List<AppointmentId> ids = new ArrayList<>();
        for (ImportedAppointment appointment : imported) {
            AppointmentType type = settings.typeOf(appointment.type());
            Appointment carried = Appointment.imported(appointment.therapist(), appointment.patient(), type,
                    appointment.start(), videoRooms.newRoom(), now);
            ledger.claim(carried, rules.occupied(appointment.start(), type));
            ids.add(appointments.save(carried).id());
        }
        return ids;
    }
}
