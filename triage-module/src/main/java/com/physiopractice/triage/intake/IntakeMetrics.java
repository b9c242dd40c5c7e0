package com.physiopractice.triage.intake;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeAssessed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Intakes assessed, by the disposition they were given, counted when stored (per node). */
@Component
class IntakeMetrics {

    private final Map<Disposition, Counter> byDisposition = new EnumMap<>(Disposition.class);

    IntakeMetrics(ObjectProvider<MeterRegistry> registries) {
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        for (Disposition disposition : Disposition.values()) {
            byDisposition.put(disposition, Counter.builder("practice.intakes").tag("disposition", disposition.name())
                    .description("Intake forms assessed, by the disposition they were given").register(registry));
        }
    }

    @EventListener
    void on(IntakeAssessed assessed) {
        Counter counter = byDisposition.get(assessed.disposition());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
