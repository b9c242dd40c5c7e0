package com.physiopractice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The practice backend. Each top-level package below this one is an application module:
 * {@code domain} (shared), {@code triage}, {@code booking}, {@code content} from their own Maven
 * modules, and {@code identity}, {@code platform} and {@code demo} from this one.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Physio practice", sharedModules = "domain")
public class PracticeApplication {

    public static void main(String[] args) {
        SpringApplication.run(PracticeApplication.class, args);
    }
}
