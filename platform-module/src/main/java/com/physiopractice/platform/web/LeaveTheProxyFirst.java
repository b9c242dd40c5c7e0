package com.physiopractice.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing a stopping node does: say "not ready" and go on serving for
 * {@link WebSettings#leaveProxyDelay()}. Graceful shutdown alone finishes the requests in flight but
 * refuses new connections at once, while the proxy, which has not yet seen a failed health check,
 * still sends it some: those clients would get errors. Stopped before the web server (the highest
 * phase stops first).
 */
@Component
class LeaveTheProxyFirst implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaveTheProxyFirst.class);

    private final ApplicationEventPublisher events;
    private final WebSettings settings;
    private volatile boolean running;

    LeaveTheProxyFirst(ApplicationEventPublisher events, WebSettings settings) {
        this.events = events;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (settings.leaveProxyDelay().isZero()) {
            return;
        }
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        log.info("Readiness DOWN; serving {} more for the proxy to notice", settings.leaveProxyDelay());
        try {
            Thread.sleep(settings.leaveProxyDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
