package com.physiopractice.people.therapist;

import com.physiopractice.sharedkernel.TherapistId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** All therapists of the practice. */
public interface Therapists extends Repository<Therapist, UUID> {

    Therapist save(Therapist therapist);

    Optional<Therapist> findById(UUID id);

    default Optional<Therapist> find(TherapistId id) {
        return findById(id.value());
    }

    List<Therapist> findByActiveTrueOrderByFullName();
}
