package com.physiopractice.fhir.r4;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.booking.SlotSearch;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What a caller may read through FHIR, by the rules the rest of the API applies: the practice, its
 * therapists and their free slots are public; a patient reads her own record, a therapist the
 * records of the patients she has consultations with; nobody else's. A record the caller may not
 * read is answered as missing (404), as elsewhere. Every read of a person's record is audited.
 */
@Service
class FhirReads {

    static final AuditAction FHIR_READ = AuditAction.of("FHIR_READ");

    private final PracticeResources resources;
    private final TherapistDirectory therapists;
    private final PatientDirectory patients;
    private final SlotSearch slots;
    private final OnlineBooking booking;
    private final PracticeDiary diary;
    private final AuditTrail audit;
    private final FhirSettings settings;
    private final Clock clock;
    private final RecordReads records;
    private final CheckInSchedule checkIns;
    private final IntakeResources intakeResources;

    FhirReads(PracticeResources resources, TherapistDirectory therapists, PatientDirectory patients, SlotSearch slots,
            OnlineBooking booking, PracticeDiary diary, AuditTrail audit, FhirSettings settings, Clock clock,
            RecordReads records, CheckInSchedule checkIns, IntakeResources intakeResources) {
        this.records = records;
        this.checkIns = checkIns;
        this.intakeResources = intakeResources;
        this.resources = resources;
        this.therapists = therapists;
        this.patients = patients;
        this.slots = slots;
        this.booking = booking;
        this.diary = diary;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    Resource organization(String id) {
        if (!PracticeResources.ORGANIZATION_ID.equals(id)) {
            throw new NotFoundException("The organization");
        }
        return resources.organization();
    }

    Resource practitioner(String id) {
        return resources.practitioner(therapist(id));
    }

    Resource practitionerRole(String id) {
        return resources.practitionerRole(therapist(id));
    }

    Resource schedule(String id) {
        return resources.schedule(therapist(id));
    }

    List<Resource> practitioners() {
        return therapists.active().stream().map(resources::practitioner).map(Resource.class::cast).toList();
    }

    List<Resource> schedules() {
        return therapists.active().stream().map(resources::schedule).map(Resource.class::cast).toList();
    }

    /**
     * The free slots of one schedule whose start is in the range, as booking offers them. Only free
     * slots are published: asking for another status finds none.
     */
    List<Resource> freeSlots(String schedule, SearchDates range, @Nullable String status, @Nullable String serviceType) {
        TherapistProfile therapist = therapist(schedule.startsWith("Schedule/") ? schedule.substring(9) : schedule);
        if (status != null && !status.equals("free")) {
            return List.of();
        }
        Instant from = range.from() != null ? range.from() : clock.instant();
        Instant until = range.until() != null ? range.until() : from.plus(Duration.ofDays(14));
        if (Duration.between(from, until).compareTo(Duration.ofDays(settings.maxSlotSearchDays())) > 0) {
            throw InvalidInputException.of("start", "ask for at most " + settings.maxSlotSearchDays()
                    + " days of slots at a time (start=ge...&start=lt...)");
        }
        if (!therapist.active() || !until.isAfter(from)) {
            return List.of();
        }
        SearchDates window = new SearchDates(from, until);
        List<Resource> found = new ArrayList<>();
        for (AppointmentType type : booking.appointmentTypes()) {
            if (serviceType != null && !serviceType.equals(type.code())
                    && !serviceType.equals(PracticeResources.APPOINTMENT_TYPES + "|" + type.code())) {
                continue;
            }
            slots.between(therapist.id(), type.code(), from.atZone(ZoneOffset.UTC).toLocalDate(),
                    until.atZone(ZoneOffset.UTC).toLocalDate(), ZoneOffset.UTC).stream()
                    .filter(slot -> window.contains(slot.start()))
                    .forEach(slot -> found.add(resources.slot(therapist.id(), type, slot)));
        }
        return found;
    }

    Resource patient(Caller caller, String id) {
        List<AppointmentView> withCaller = caller.isTherapist() ? appointmentsOf(caller, id) : List.of();
        PatientProfile patient = readablePatient(caller, id, withCaller);
        audit.record(FHIR_READ, "Patient", patient.id());
        return resources.patient(patient);
    }

    Resource appointment(Caller caller, String id) {
        AppointmentView appointment = booking.appointment(caller, appointmentId(id));
        audit.record(FHIR_READ, "Appointment", appointment.id());
        return resources.appointment(appointment);
    }

    Resource encounter(Caller caller, String id) {
        AppointmentView appointment = booking.appointment(caller, appointmentId(id));
        if (appointment.status() != AppointmentStatus.COMPLETED) {
            throw new NotFoundException("The encounter");
        }
        audit.record(FHIR_READ, "Encounter", appointment.id());
        return resources.encounter(appointment);
    }

    List<Resource> appointments(Caller caller, String patient, SearchDates dates) {
        List<AppointmentView> found = appointmentsOf(caller, patient).stream()
                .filter(appointment -> dates.contains(appointment.start())).toList();
        audit.recordEach(FHIR_READ, "Appointment", found.stream().map(AppointmentView::id).toList());
        return found.stream().map(resources::appointment).map(Resource.class::cast).toList();
    }

    List<Resource> encounters(Caller caller, String patient) {
        List<AppointmentView> found = appointmentsOf(caller, patient).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED).toList();
        audit.recordEach(FHIR_READ, "Encounter", found.stream().map(AppointmentView::id).toList());
        return found.stream().map(resources::encounter).map(Resource.class::cast).toList();
    }

    /**
     * Everything the caller may read about one patient: her, her appointments and consultations, the
     * therapists they are with and the practice, her clinical record, and the safety check-ins she
     * answered before consultations (Observations about the appointment; only here, not searched).
     */
    List<Resource> everything(Caller caller, String id) {
        List<AppointmentView> appointments = appointmentsOf(caller, id);
        PatientProfile patient = readablePatient(caller, id, appointments);
        audit.record(FHIR_READ, "Patient/$everything", patient.id());
        Set<TherapistId> seeing = new LinkedHashSet<>();
        appointments.forEach(appointment -> seeing.add(appointment.therapist()));
        List<Resource> all = new ArrayList<>();
        all.add(resources.patient(patient));
        all.add(resources.organization());
        seeing.forEach(therapist -> therapists.find(therapist).ifPresent(profile -> {
            all.add(resources.practitioner(profile));
            all.add(resources.practitionerRole(profile));
        }));
        appointments.forEach(appointment -> all.add(resources.appointment(appointment)));
        appointments.stream().filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED)
                .forEach(appointment -> all.add(resources.encounter(appointment)));
        all.addAll(records.everything(caller, patient.id()));
        Map<AppointmentId, CheckInSchedule.Status> checkedIn = checkIns.statusesOf(appointments.stream()
                .map(AppointmentView::id).toList()).stream()
                .collect(Collectors.toMap(CheckInSchedule.Status::appointment, status -> status));
        for (AppointmentView appointment : appointments) {
            List<CheckInSchedule.Answered> answers = checkedIn.containsKey(appointment.id())
                    ? checkedIn.get(appointment.id()).answers() : List.of();
            for (int number = 1; number <= answers.size(); number++) {
                all.add(intakeResources.checkIn(appointment, answers.get(number - 1), number));
            }
        }
        return all;
    }

    /** The clinical record's resources of one patient, by type: what the caller may read of it. */
    List<Resource> clinical(Caller caller, String type, String patient, @Nullable String code) {
        PatientId id = patientId(patient.startsWith("Patient/") ? patient.substring(8) : patient);
        return switch (type) {
            case "Condition" -> records.conditions(caller, id);
            case "Observation" -> records.observations(caller, id, code);
            case "QuestionnaireResponse" -> records.questionnaireResponses(caller, id);
            case "CarePlan" -> records.carePlans(caller, id);
            case "Composition" -> records.signedNotes(caller, id);
            case "Flag" -> records.flags(caller, id);
            default -> throw new IllegalArgumentException(type);
        };
    }

    Resource questionnaire(String id) {
        return records.questionnaire(id);
    }

    List<Resource> questionnaires() {
        return records.questionnaires();
    }

    private List<AppointmentView> appointmentsOf(Caller caller, String patient) {
        String id = patient.startsWith("Patient/") ? patient.substring(8) : patient;
        if (caller.isPatient()) {
            if (!caller.requirePatient().toString().equals(id)) {
                return List.of();
            }
            OnlineBooking.Consultations mine = booking.consultations(caller);
            return Stream.concat(mine.upcoming().stream(), mine.past().stream())
                    .sorted(Comparator.comparing(AppointmentView::start)).toList();
        }
        if (caller.isTherapist()) {
            return diary.withPatient(caller, patientId(id)).stream()
                    .sorted(Comparator.comparing(AppointmentView::start)).toList();
        }
        return List.of();
    }

    /** Hers, or one of a therapist's patients: one she has consultations with (given, read once by the caller). */
    private PatientProfile readablePatient(Caller caller, String id, List<AppointmentView> withCaller) {
        PatientId patient = patientId(id);
        boolean readable = caller.isPatient() ? caller.requirePatient().equals(patient)
                : caller.isTherapist() && !withCaller.isEmpty();
        if (!readable) {
            throw new NotFoundException("The patient");
        }
        return patients.find(patient).orElseThrow(() -> new NotFoundException("The patient"));
    }

    private TherapistProfile therapist(String id) {
        try {
            return therapists.find(TherapistId.of(id)).orElseThrow(() -> new NotFoundException("The practitioner"));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("The practitioner");
        }
    }

    private static PatientId patientId(String id) {
        try {
            return PatientId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("The patient");
        }
    }

    private static AppointmentId appointmentId(String id) {
        try {
            return AppointmentId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("The appointment");
        }
    }
}
