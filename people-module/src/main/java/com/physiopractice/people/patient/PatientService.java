package com.physiopractice.people.patient;

import com.physiopractice.people.NewPatient;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.person.PersonName;
import com.physiopractice.people.person.PhoneNumber;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PatientService implements PatientDirectory {

    private final Patients patients;
    private final Clock clock;

    PatientService(Patients patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    @Override
    public List<FieldProblem> problemsWith(NewPatient patient) {
        List<FieldProblem> problems = new ArrayList<>();
        check("fullName", problems, () -> PersonName.require(patient.fullName()));
        check("phone", problems, () -> PhoneNumber.normalize(patient.phone()));
        String dateOfBirth = Patient.problemWithDateOfBirth(patient.dateOfBirth(), patient.timeZone(), clock);
        if (dateOfBirth != null) {
            problems.add(new FieldProblem("dateOfBirth", dateOfBirth));
        }
        return problems;
    }

    @Override
    public boolean isUnderMinimumAge(NewPatient patient) {
        return patient.dateOfBirth() != null && Patient.isUnderMinimumAge(patient.dateOfBirth(), patient.timeZone(), clock);
    }

    private static void check(String field, List<FieldProblem> problems, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidValueException refused) {
            problems.add(new FieldProblem(field, refused.getMessage()));
        }
    }

    @Override
    @Transactional
    public PatientProfile register(NewPatient patient) {
        List<FieldProblem> problems = problemsWith(patient);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return patients.save(Patient.register(PatientId.random(), patient.fullName(), patient.dateOfBirth(),
                patient.timeZone(), patient.phone(), clock)).profile();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PatientProfile> find(PatientId id) {
        return patients.find(id).map(Patient::profile);
    }

    @Override
    @Transactional
    public PatientProfile pseudonymise(PatientId id) {
        Patient patient = patients.find(id).orElseThrow(() -> new NotFoundException("The patient"));
        patient.pseudonymise();
        return patients.save(patient).profile();
    }

    @Override
    @Transactional
    public PatientProfile changeContactDetails(PatientId id, @Nullable String fullName, @Nullable String phone,
            @Nullable ZoneId timeZone) {
        Patient patient = patients.find(id).orElseThrow(() -> new NotFoundException("The patient"));
        List<FieldProblem> problems = new ArrayList<>();
        if (fullName != null) {
            check("fullName", problems, () -> PersonName.require(fullName));
        }
        if (phone != null) {
            check("phone", problems, () -> PhoneNumber.normalize(phone));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        patient.changeContactDetails(fullName == null ? patient.fullName() : fullName,
                phone == null ? patient.phone() : phone, timeZone == null ? patient.timeZone() : timeZone);
        return patients.save(patient).profile();
    }
}
