package com.physiopractice.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A closed-loop load run: a fixed number of clients send a fixed number of requests back to back. */
final class LoadRun {

    private LoadRun() {
    }

    interface Request {
        int send(int index) throws Exception;
    }

    record Result(List<Long> nanos, Map<Integer, Integer> statuses, Duration elapsed) {

        String describe() {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return String.format("  throughput %.0f requests/s over %.1f s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms; answers %s",
                    nanos.size() / (elapsed.toNanos() / 1e9), elapsed.toNanos() / 1e9, ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6, statuses);
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
        }
    }

    static Result run(int clients, int requests, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = request.send(i);
                    } catch (Exception e) {
                        status = -1;
                    }
                    nanos.add(System.nanoTime() - t0);
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return new Result(new ArrayList<>(nanos), statuses, Duration.ofNanos(System.nanoTime() - started));
    }

}
