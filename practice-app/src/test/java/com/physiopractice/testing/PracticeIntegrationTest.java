package com.physiopractice.testing;

import com.physiopractice.PracticeApplication;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port against the real database. Every integration test uses
 * exactly this configuration, so the suite starts one application context and one database.
 * Loopback is a trusted proxy here, so a test can act as a client at another address by sending
 * {@code X-Forwarded-For}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = PracticeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
        "practice.identity.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
        "practice.identity.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
        "logging.level.org.testcontainers=WARN",
        "logging.level.org.testcontainers.dockerclient=OFF",
        "logging.level.ch.vorburger=WARN",
        "practice.test.mail-server=greenmail",
        // Hundreds of accounts sign up and in: Argon2id at its lowest cost here (production refuses it).
        "practice.identity.password-hashing.memory-kib=1024",
        "practice.identity.password-hashing.iterations=1",
        // Reminders run at start-up; tests then run them when they mean to (a scheduled run could
        // hold the lock at the moment a test calls them).
        "practice.notification.reminder-check=1h",
        "practice.notification.retry-check=1s",
        "practice.notification.retry-first-delay=1s",
        "practice.notification.retry-max-delay=4s"})
@Import(TestInfrastructure.class)
public @interface PracticeIntegrationTest {
}
