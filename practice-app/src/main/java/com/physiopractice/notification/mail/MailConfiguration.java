package com.physiopractice.notification.mail;

import com.physiopractice.notification.NotificationSettings;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With a mail server configured ({@code spring.mail.host}), Spring Boot's sender is used. Without
 * one, outside production, emails go to a folder instead; in production a missing mail server
 * stops start-up (see {@link Mailer}) rather than losing emails silently.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @Profile("!prod")
    @Conditional(NoMailServer.class)
    FileMailbox fileMailbox(NotificationSettings settings) {
        Path folder = settings.mailboxDir() != null ? Path.of(settings.mailboxDir())
                : Path.of(System.getProperty("java.io.tmpdir"), "practice-mailbox");
        return new FileMailbox(folder);
    }

    static class NoMailServer implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.mail.host");
        }
    }
}
