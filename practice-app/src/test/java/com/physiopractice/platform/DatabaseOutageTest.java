package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import com.physiopractice.testing.TcpProxy;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import java.util.function.IntPredicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node whose database goes away says so on its readiness probe (the proxy stops sending it work)
 * while staying alive (nobody restarts it), and recovers by itself when the database is back.
 */
@PracticeIntegrationTest
class DatabaseOutageTest {

    @Autowired
    DataSource dataSource;

    @Test
    void readinessIsDownWhileTheDatabaseIsGoneAndUpAgainWhenItIsBack() throws Exception {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        URI database = URI.create(url.substring("jdbc:".length()));
        try (TcpProxy link = TcpProxy.to(database.getHost(), database.getPort());
                SecondInstance node = SecondInstance.start("--spring.datasource.url=jdbc:" + database.getScheme() + "://"
                        + "127.0.0.1:" + link.port() + database.getPath())) {
            Api api = Api.on(node.port());
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

            link.cut();
            assertThat(waitFor(api, "/actuator/health/readiness", status -> status == 503, Duration.ofSeconds(30)))
                    .as("readiness says DOWN while the database is gone").isEqualTo(503);
            assertThat(api.get("/actuator/health/liveness").status()).as("but the node is alive").isEqualTo(200);

            link.restore();
            assertThat(waitFor(api, "/actuator/health/readiness", status -> status == 200, Duration.ofSeconds(60)))
                    .as("and ready again by itself").isEqualTo(200);
            assertThat(api.get("/api/v1/triage/questionnaire").status()).isEqualTo(200);
            assertThat(api.get("/api/v1/content").status()).as("reads the database again").isEqualTo(200);
        }
    }

    private static int waitFor(Api api, String path, IntPredicate wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status;
        do {
            status = api.get(path).status();
            if (wanted.test(status)) {
                return status;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return status;
    }
}
