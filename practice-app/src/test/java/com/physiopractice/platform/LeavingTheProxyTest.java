package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A node told to stop (SIGTERM) behind a health-checking proxy: readiness says DOWN at once, and
 * the node goes on answering for the configured delay, so the proxy takes it out before it refuses
 * connections. Without the delay its clients got errors for the requests the proxy still sent it.
 */
@PracticeIntegrationTest
class LeavingTheProxyTest {

    @Test
    void aStoppingNodeSaysItIsNotReadyAndServesOnUntilTheProxyHasTakenItOut() throws Exception {
        SecondInstance node = SecondInstance.start("--practice.web.leave-proxy-delay=4s");
        Api api = Api.on(node.port());
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

        Thread stopping = new Thread(node::close, "sigterm");
        long stopAsked = System.nanoTime();
        stopping.start();
        int readiness = 200;
        while (readiness == 200 && System.nanoTime() - stopAsked < Duration.ofSeconds(3).toNanos()) {
            readiness = api.get("/actuator/health/readiness").status();
        }
        assertThat(readiness).as("readiness DOWN as soon as the stop begins").isEqualTo(503);
        assertThat(api.get("/api/v1/content").status()).as("still serving").isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - stopAsked)).isLessThan(Duration.ofSeconds(4));
        assertThat(stopping.isAlive()).as("not stopped yet").isTrue();

        stopping.join(Duration.ofSeconds(60).toMillis());
        assertThat(stopping.isAlive()).as("stopped after the delay").isFalse();
    }
}
