package com.physiopractice.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far behind the listeners are: events recorded in the publication registry and not completed
 * yet (an email not sent, a check-in not scheduled), and the age of the oldest of them. Read from
 * the registry at each scrape, so every node reports the same; the completion-date index answers it.
 * An age that keeps rising means a listener is stuck or failing.
 */
@Component
class EventRegistryMetrics {

    private final JdbcClient jdbc;
    private final Clock clock;

    EventRegistryMetrics(JdbcClient jdbc, Clock clock, ObjectProvider<MeterRegistry> registries) {
        this.jdbc = jdbc;
        this.clock = clock;
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        Gauge.builder("practice.events.unsent", this, EventRegistryMetrics::unsent)
                .description("Events recorded for a listener and not completed yet").register(registry);
        Gauge.builder("practice.events.oldest.unsent.age", this, EventRegistryMetrics::oldestAgeSeconds)
                .baseUnit("seconds").description("Age of the oldest event not completed yet (0 when none)")
                .register(registry);
    }

    private double unsent() {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL").query(Long.class)
                    .single();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    private double oldestAgeSeconds() {
        try {
            Timestamp oldest = jdbc.sql("SELECT MIN(PUBLICATION_DATE) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                    .query(Timestamp.class).optional().orElse(null);
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
