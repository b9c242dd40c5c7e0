package com.physiopractice.benchmark;

import com.physiopractice.PracticeApplication;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.editorial.ContentFields;
import com.physiopractice.content.editorial.EditorialService;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.LocalDatabaseConfiguration;
import com.physiopractice.testing.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load benchmark of reading education content over HTTP on loopback (not a test). Starts the
 * application on a throwaway embedded database, publishes 1,000 generated pieces next to the
 * starting library, then measures (1) {@code GET /api/v1/content/{slug}} and (2) search, each with
 * 50 concurrent clients. The in-JVM load generator shares the two CPUs with the server, so when
 * {@code wrk} is installed the slug read is also measured by wrk in its own process, which is the
 * figure to compare with the target. Run: see docs/benchmarks.md.
 */
public final class ContentLoadBenchmark {

    private static final int CLIENTS = 50;
    private static final int PIECES = 1_000;
    private static final int READS = 20_000;
    private static final int SEARCHES = 5_000;
    private static final List<String> WORDS = List.of("back", "hip", "pain", "stretch", "disc", "sciatica", "nerve",
            "posture", "walking", "sitting", "lifting", "sleep", "muscle", "joint", "sacroiliac", "arthritis", "strength",
            "core", "glute", "hamstring", "flexor", "rest", "heat", "ice", "movement", "exercise", "stiffness", "morning",
            "groin", "buttock", "leg", "numbness", "tingling", "weakness", "bending", "twisting", "desk", "driving");
    private static final List<String> QUERIES = List.of("slipped disc", "SI joint", "sciatica", "hip pain", "stretch",
            "morning stiffness", "sitting posture", "leg numbness", "arthritis", "glute bridge");

    public static void main(String[] args) throws Exception {
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.org.testcontainers.dockerclient", "OFF");
        ConfigurableApplicationContext app = SpringApplication.from(PracticeApplication::main)
                .with(LocalDatabaseConfiguration.class)
                .run("--server.port=0", "--practice.identity.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
                        "--practice.identity.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL)
                .getApplicationContext();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Api api = Api.on(port);
            List<String> slugs = publish(app.getBean(EditorialService.class));
            StringBuilder report = new StringBuilder();
            report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                    .append("; embedded MariaDB 11.4; ").append(slugs.size()).append(" generated pieces published ")
                    .append("besides the starting library.\n\n");

            LoadRun.run(CLIENTS, 5_000, i -> read(api, slugs));
            LoadRun.run(CLIENTS, 1_000, i -> search(api));
            report.append("GET /api/v1/content/{slug}, in-JVM load generator, ").append(CLIENTS)
                    .append(" concurrent clients, ").append(READS).append(" requests:\n")
                    .append(LoadRun.run(CLIENTS, READS, i -> read(api, slugs)).describe()).append("\n\n");
            report.append("Search GET /api/v1/content?q=..., in-JVM load generator, ").append(CLIENTS)
                    .append(" concurrent clients, ").append(SEARCHES).append(" requests:\n")
                    .append(LoadRun.run(CLIENTS, SEARCHES, i -> search(api)).describe()).append("\n\n");
            report.append("Search, 10 concurrent clients, ").append(SEARCHES).append(" requests:\n")
                    .append(LoadRun.run(10, SEARCHES, i -> search(api)).describe()).append("\n\n");
            report.append(Wrk.run(port, "/api/v1/content/" + slugs.get(0), "GET /api/v1/content/{slug}", 0));
            report.append(Wrk.run(port, "/api/v1/content/" + slugs.get(0), "GET /api/v1/content/{slug}", 20));
            report.append(Wrk.run(port, "/api/v1/content?q=slipped%20disc", "Search ?q=slipped disc", 0));
            report.append(Wrk.run(port, "/api/v1/content?q=slipped%20disc", "Search ?q=slipped disc", 100));
            System.out.println("\n" + report);
            Path out = Path.of("target", "content-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } finally {
            app.close();
        }
        System.exit(0);
    }

    /**
     * 1,000 pieces of 300–600 words each, published through the same code as the therapist's. Most
     * words come from a wide generated vocabulary and about one in a hundred is a back-pain term, so
     * each term appears in roughly a tenth of the pieces, as in a real library.
     */
    private static List<String> publish(EditorialService editorial) {
        Random random = new Random(42);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < PIECES; i++) {
            StringBuilder body = new StringBuilder("## Overview\n\n");
            int words = 300 + random.nextInt(300);
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(100) == 0 ? WORDS.get(random.nextInt(WORDS.size()))
                        : "w" + Integer.toString(random.nextInt(5_000), 36) + "x";
                body.append(word).append(w % 12 == 11 ? ". " : " ");
                if (w % 90 == 89) {
                    body.append("\n\n");
                }
            }
            String slug = "benchmark-piece-" + i;
            editorial.seed("benchmark-" + i, ContentType.ARTICLE, new ContentFields(slug,
                    "Benchmark piece " + i + " on " + WORDS.get(i % WORDS.size()), "A generated piece for the benchmark.",
                    body.toString(), List.of("benchmark"), List.of(WORDS.get(random.nextInt(WORDS.size()))), null, null,
                    Set.of()));
            slugs.add(slug);
        }
        return slugs;
    }

    private static int read(Api api, List<String> slugs) {
        return api.get("/api/v1/content/" + slugs.get(ThreadLocalRandom.current().nextInt(slugs.size()))).status();
    }

    private static int search(Api api) {
        String query = QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size())).replace(" ", "%20");
        return api.get("/api/v1/content?q=" + query).status();
    }

    private ContentLoadBenchmark() {
    }
}
