package com.physiopractice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The practice backend. Each top-level package below this one is an application module, each from
 * a Maven module of its own (see {@code docs/architecture.md}), except {@code demo}, the demo data of
 * the dev run, which lives here. The shared kernel and the platform are shared: every module test
 * starts them too.
 */
@SpringBootApplication
@Modulithic(systemName = "Physio practice", sharedModules = {"sharedkernel", "platform"})
public class PracticeApplication {

    public static void main(String[] args) {
        SpringApplication.run(PracticeApplication.class, args);
    }
}
