package com.physiopractice.testing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application at the {@link TestMailServer} when it asks for it with
 * {@code practice.test.mail-server=greenmail} (every integration test does, through
 * {@link PracticeIntegrationTest}). It has to happen before the context is built, because whether
 * there is a mail server decides which mail sender exists; the dev run, which does not ask, keeps
 * writing emails to its folder.
 */
public class TestMailServerProperties implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("greenmail".equals(environment.getProperty("practice.test.mail-server"))) {
            environment.getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                    "spring.mail.host", "127.0.0.1", "spring.mail.port", TestMailServer.port(),
                    "spring.mail.properties.mail.smtp.connectiontimeout", "2000",
                    "spring.mail.properties.mail.smtp.timeout", "5000")));
        }
    }
}
