package com.physiopractice.notification.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Emails in flight (claimed, not yet sent) and failed (waiting for their retry), read from the
 * delivery records at each scrape: the same on every node, so take one node's value, not the sum.
 * The state index answers both counts. With the database away the gauges read NaN.
 */
@Component
class DeliveryMetrics {

    private static final Logger log = LoggerFactory.getLogger(DeliveryMetrics.class);

    private final JdbcClient jdbc;

    DeliveryMetrics(JdbcClient jdbc, ObjectProvider<MeterRegistry> registries) {
        this.jdbc = jdbc;
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        Gauge.builder("practice.emails", this, metrics -> metrics.count("SENDING")).tag("state", "sending")
                .description("Emails claimed by a node and not sent yet").register(registry);
        Gauge.builder("practice.emails", this, metrics -> metrics.count("FAILED")).tag("state", "failed")
                .description("Emails whose last attempt failed, waiting to be tried again").register(registry);
    }

    private double count(String state) {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE state = ?").param(state)
                    .query(Long.class).single();
        } catch (RuntimeException unavailable) {
            log.debug("Email gauge not read: {}", unavailable.getClass().getSimpleName());
            return Double.NaN;
        }
    }
}
