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
        String script = pauseMillis > 0 ? "function delay()\n  return " + pauseMillis + "\nend\n" : null;
        Run run = runScript(port, path, script, 20);
        if (!run.ran()) {
            return label + run.how() + ".\n\n";
        }
        return label + run.how()
                + (pauseMillis > 0 ? ", each connection pausing " + pauseMillis + " ms between requests" : ", back to back")
                + ":\n```\n" + run.report() + "\n```\n\n";
    }

    /** How wrk ran (or why it did not), and its report (empty when it did not run). */
    record Run(String how, String report) {

        boolean ran() {
            return !report.isEmpty();
        }
    }

    /** Runs wrk (2 threads, 50 connections) for {@code seconds} against {@code path}, with a Lua {@code script} when given. */
    static Run runScript(int port, String path, String script, int seconds) throws IOException, InterruptedException {
        Process process;
        try {
            List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency"));
            if (script != null) {
                Path file = Files.createTempFile("wrk", ".lua");
                Files.writeString(file, script);
                command.addAll(List.of("-s", file.toString()));
            }
            command.add("http://127.0.0.1:" + port + path);
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new Run(" with wrk: not measured (wrk is not installed)", "");
        }
        if (!process.waitFor(seconds + 100L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(" with wrk: did not finish", "");
        }
        return new Run(", wrk -t2 -c" + CONNECTIONS + " -d" + seconds + "s (separate process)",
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    /**
     * A Lua script that sends each of {@code tokenAndBody} once (POST, the JSON body, the bearer
     * token), split between wrk's two threads; a thread stops when its share is sent (one extra request
     * then repeats the first booking and is refused with 409, so running out shows as a non-2xx answer).
     */
    static String postEachOnce(String path, List<String[]> tokenAndBody) {
        StringBuilder lua = new StringBuilder("local items = {\n");
        for (String[] item : tokenAndBody) {
            lua.append("  {").append(quote(item[0])).append(", ").append(quote(item[1])).append("},\n");
        }
        lua.append("""
                }
                local threads = 0
                function setup(thread)
                  thread:set("id", threads)
                  threads = threads + 1
                end
                local sent = 0
                function request()
                  local item = items[id + sent * 2 + 1]
                  sent = sent + 1
                  if item == nil then
                    wrk.thread:stop()
                    item = items[1]
                  end
                  return wrk.format("POST", "%s", {["Authorization"] = "Bearer " .. item[1],
                    ["Content-Type"] = "application/json"}, item[2])
                end
                """.formatted(path));
        return lua.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
