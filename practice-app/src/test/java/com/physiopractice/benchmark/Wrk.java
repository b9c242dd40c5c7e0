package com.physiopractice.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** wrk, the HTTP load generator, run in its own process so the application gets the CPUs the in-JVM generator takes. */
final class Wrk {

    static final int CONNECTIONS = 50;

    private Wrk() {
    }

    /**
     * The same read measured by wrk (2 threads, 50 connections, 20 s) in its own process, if installed:
     * back to back ({@code pauseMillis} 0, the saturation throughput, where latency is mostly queueing),
     * or with each connection pausing between requests (50 clients at a steady rate below saturation).
     */
    static String run(int port, String path, String label, int pauseMillis) throws IOException, InterruptedException {
        Process process;
        try {
            List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d20s", "--latency"));
            if (pauseMillis > 0) {
                Path script = Files.createTempFile("pace", ".lua");
                Files.writeString(script, "function delay()\n  return " + pauseMillis + "\nend\n");
                command.addAll(List.of("-s", script.toString()));
            }
            command.add("http://127.0.0.1:" + port + path);
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return label + " with wrk: not measured (wrk is not installed).\n\n";
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return label + " with wrk: did not finish.\n\n";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return label + ", wrk -t2 -c" + CONNECTIONS + " -d20s (separate process)"
                + (pauseMillis > 0 ? ", each connection pausing " + pauseMillis + " ms between requests" : ", back to back")
                + ":\n```\n" + output.strip() + "\n```\n\n";
    }

}
