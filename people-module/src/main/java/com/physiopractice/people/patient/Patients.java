package com.physiopractice.people.patient;

import com.physiopractice.sharedkernel.PatientId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** All patients of the practice. */
public interface Patients extends Repository<Patient, UUID> {

    Patient save(Patient patient);

    Optional<Patient> findById(UUID id);

    default Optional<Patient> find(PatientId id) {
        return findById(id.value());
    }
}
