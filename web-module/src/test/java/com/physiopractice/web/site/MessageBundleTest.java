package com.physiopractice.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pages' words are one bundle: a key written twice silently takes the later text everywhere
 * (the therapist's "Intake form: {0}" once replaced the patient's "About your pain").
 */
class MessageBundleTest {

    @Test
    void everyKeyIsDefinedOnce() throws IOException {
        List<String> lines;
        try (InputStream bundle = getClass().getResourceAsStream("/web/messages.properties")) {
            lines = new String(bundle.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(twice).as("keys defined more than once").isEmpty();
    }
}
