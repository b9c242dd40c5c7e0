package com.physiopractice.domain.events;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Base for aggregates that record domain events while their behaviour runs. Spring Data
 * publishes the recorded events when the aggregate is saved through its repository, inside
 * the same transaction, so a listener (or the event publication registry) sees exactly the
 * changes that were committed.
 */
@MappedSuperclass
public abstract class AggregateRoot {

    @Transient
    private final transient List<DomainEvent> pendingEvents = new ArrayList<>();

    protected void record(DomainEvent event) {
        pendingEvents.add(event);
    }

    @DomainEvents
    protected Collection<DomainEvent> pendingEvents() {
        return Collections.unmodifiableList(pendingEvents);
    }

    @AfterDomainEventPublication
    protected void clearPendingEvents() {
        pendingEvents.clear();
    }
}
