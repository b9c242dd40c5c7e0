package com.physiopractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The README's run command on a machine where {@code PRACTICE_DEV_DATA_DIR} names a new, empty
 * folder: the dev run (its own JVM, as {@code spring-boot:test-run} starts it) must come up with its
 * demo data. It used to die on "Table 'mysql.proc' doesn't exist": the embedded database shared the
 * folder with the signing key and the mailbox, found it not empty and skipped creating its system
 * tables. Always on the embedded database, whatever URL the suite itself was given.
 */
class DevRunOnANewFolderTest {

    @Test
    void theDevRunStartsWithItsDemoDataOnANewEmptyFolder() throws Exception {
        Path folder = Path.of("target", "dev-run-" + System.nanoTime()).toAbsolutePath();
        assertThat(folder).doesNotExist();
        int port = freePort();
        String password = "Dev-Run-Test-" + System.nanoTime();
        Path log = Files.createDirectories(Path.of("target")).resolve("dev-run-on-a-new-folder.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                DevPracticeApplication.class.getName(), "--server.port=" + port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
        environment.put("PRACTICE_DEV_DATA_DIR", folder.toString());
        environment.put("PRACTICE_DEMO_PASSWORD", password);
        Process devRun = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port;
            int readiness = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (readiness != 200 && devRun.isAlive() && System.nanoTime() < deadline) {
                readiness = status(http, HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build());
                if (readiness != 200) {
                    Thread.sleep(500);
                }
            }
            assertThat(readiness).as("ready (log: %s)", log).isEqualTo(200);

            assertThat(status(http, HttpRequest.newBuilder(URI.create(base + "/")).build())).as("home page").isEqualTo(200);
            HttpRequest signIn = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"sam.rivera@patient.example\",\"password\":\"" + password + "\"}"))
                    .build();
            assertThat(status(http, signIn)).as("the demo patient signs in").isEqualTo(200);
            assertThat(folder.resolve("mariadb").resolve("mysql")).as("the database's system tables, in its own folder")
                    .isDirectory();
            assertThat(folder.resolve("token-signing-key.pem")).isRegularFile();
        } finally {
            devRun.destroy();
            if (!devRun.waitFor(60, TimeUnit.SECONDS)) {
                devRun.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            // The unpacked database server and its data: hundreds of megabytes per run.
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static int status(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
