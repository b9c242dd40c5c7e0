package com.physiopractice.triage.intake;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SafetyEvents extends Repository<SafetyEvent, UUID> {

    SafetyEvent save(SafetyEvent event);

    Optional<SafetyEvent> findById(UUID id);

    @Query("select e from SafetyEvent e order by e.occurredAt desc, e.id")
    Page<SafetyEvent> findNewestFirst(Pageable page);
}
