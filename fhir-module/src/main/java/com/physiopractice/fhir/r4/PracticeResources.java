package com.physiopractice.fhir.r4;

import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.SlotSearch;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.springframework.stereotype.Component;

/**
 * The practice's records as FHIR R4 resources, from the other modules' published views. Ids are the
 * practice's own (UUIDs), so a resource read twice has the same id; a therapist is a Practitioner,
 * her PractitionerRole at the practice and her Schedule, all under her therapist id.
 */
@Component
class PracticeResources {

    /** The practice itself: one Organization. */
    static final String ORGANIZATION_ID = "practice";

    /** The kinds of consultation, as the booking module codes them. */
    static final String APPOINTMENT_TYPES = "https://physio-practice.example/fhir/CodeSystem/appointment-type";

    /** HL7's encounter classes: every consultation here is a video call. */
    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private final FhirSettings settings;

    PracticeResources(FhirSettings settings) {
        this.settings = settings;
    }

    Organization organization() {
        Organization organization = new Organization();
        organization.setId(ORGANIZATION_ID);
        organization.setActive(true);
        organization.setName(settings.practiceName());
        return organization;
    }

    Practitioner practitioner(TherapistProfile therapist) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(therapist.id().toString());
        practitioner.setActive(therapist.active());
        practitioner.addName().setText(therapist.displayName());
        return practitioner;
    }

    PractitionerRole practitionerRole(TherapistProfile therapist) {
        PractitionerRole role = new PractitionerRole();
        role.setId(therapist.id().toString());
        role.setActive(therapist.active());
        role.setPractitioner(practitionerReference(therapist.id()));
        role.setOrganization(organizationReference());
        role.addCode().setText("Physiotherapist");
        role.addSpecialty().setText("Lower back and hip pain, online consultations");
        return role;
    }

    Schedule schedule(TherapistProfile therapist) {
        Schedule schedule = new Schedule();
        schedule.setId(therapist.id().toString());
        schedule.setActive(therapist.active());
        schedule.addActor(practitionerReference(therapist.id()));
        schedule.setComment("Online video consultations with " + therapist.displayName() + ", times in UTC");
        return schedule;
    }

    Slot slot(TherapistId therapist, AppointmentType type, SlotSearch.Slot free) {
        Slot slot = new Slot();
        slot.setId(slotId(therapist, type, free.start()));
        slot.setSchedule(new Reference("Schedule/" + therapist));
        slot.setStatus(Slot.SlotStatus.FREE);
        slot.setStart(Date.from(free.start()));
        slot.setEnd(Date.from(free.end()));
        slot.addServiceType(typeOf(type.code(), type.name()));
        return slot;
    }

    /** At most 64 characters of [A-Za-z0-9-.]: the therapist, the kind and the start minute. */
    static String slotId(TherapistId therapist, AppointmentType type, Instant start) {
        String kind = type.code().toLowerCase(Locale.ROOT).replace('_', '-');
        String id = therapist.toString().replace("-", "") + "-" + start.getEpochSecond() / 60 + "-" + kind;
        return id.length() <= 64 ? id : id.substring(0, 64);
    }

    Patient patient(PatientProfile profile) {
        Patient patient = new Patient();
        patient.setId(profile.id().toString());
        patient.setActive(true);
        patient.addName().setText(profile.fullName());
        patient.setBirthDateElement(new DateType(profile.dateOfBirth().toString()));
        if (profile.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(profile.phone());
        }
        patient.setManagingOrganization(organizationReference());
        return patient;
    }

    Appointment appointment(AppointmentView view) {
        Appointment appointment = new Appointment();
        appointment.setId(view.id().toString());
        appointment.setStatus(statusOf(view.status()));
        appointment.addServiceType(typeOf(view.type(), view.typeName()));
        appointment.setStart(Date.from(view.start()));
        appointment.setEnd(Date.from(view.end()));
        appointment.setMinutesDuration(view.durationMinutes());
        appointment.setCreated(Date.from(view.bookedAt()));
        if (view.cancellationReason() != null && appointment.getStatus() == Appointment.AppointmentStatus.CANCELLED) {
            appointment.setCancelationReason(new CodeableConcept().setText(view.cancellationReason()));
        }
        appointment.addParticipant().setActor(new Reference("Patient/" + view.patient()))
                .setRequired(Appointment.ParticipantRequired.REQUIRED).setStatus(Appointment.ParticipationStatus.ACCEPTED);
        appointment.addParticipant().setActor(practitionerReference(view.therapist()))
                .setRequired(Appointment.ParticipantRequired.REQUIRED).setStatus(Appointment.ParticipationStatus.ACCEPTED);
        return appointment;
    }

    /** A consultation that took place, under its appointment's id. */
    Encounter encounter(AppointmentView view) {
        if (view.status() != AppointmentStatus.COMPLETED) {
            throw new IllegalArgumentException("only a consultation that took place is an encounter");
        }
        Encounter encounter = new Encounter();
        encounter.setId(view.id().toString());
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(ACT_CODE, "VR", "virtual"));
        encounter.addType(typeOf(view.type(), view.typeName()));
        encounter.setSubject(new Reference("Patient/" + view.patient()));
        encounter.addParticipant().setIndividual(practitionerReference(view.therapist()));
        encounter.addAppointment(new Reference("Appointment/" + view.id()));
        encounter.setPeriod(new Period().setStart(Date.from(view.start())).setEnd(Date.from(view.end())));
        encounter.setServiceProvider(organizationReference());
        return encounter;
    }

    static Appointment.AppointmentStatus statusOf(AppointmentStatus status) {
        return switch (status) {
            case CONFIRMED -> Appointment.AppointmentStatus.BOOKED;
            case COMPLETED -> Appointment.AppointmentStatus.FULFILLED;
            case NO_SHOW -> Appointment.AppointmentStatus.NOSHOW;
            case CANCELLED, LATE_CANCELLED -> Appointment.AppointmentStatus.CANCELLED;
        };
    }

    private static CodeableConcept typeOf(String code, String name) {
        return new CodeableConcept(new Coding(APPOINTMENT_TYPES, code, name)).setText(name);
    }

    private static Reference practitionerReference(TherapistId therapist) {
        return new Reference("Practitioner/" + therapist);
    }

    private static Reference organizationReference() {
        return new Reference("Organization/" + ORGANIZATION_ID);
    }
}
