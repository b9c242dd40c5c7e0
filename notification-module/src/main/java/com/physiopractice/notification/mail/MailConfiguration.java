package com.physiopractice.notification.mail;

import com.physiopractice.notification.NotificationSettings;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(NotificationSettings.class)
class MailConfiguration {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // jakarta.mail 2.1 finds its StreamProvider by a ServiceLoader scan of every jar on the
        // classpath each time a message is built or written (jakartaee/mail-api#861): about half the
        // CPU of sending an email in a profile under load. Naming the implementation, the first place
        // it looks, makes that a plain class lookup. Angus Mail is the implementation Boot ships.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

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
