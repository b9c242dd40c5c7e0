package com.physiopractice.testing;

import com.physiopractice.PracticeApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another node of the application in the same JVM, on the same database and mail server as the
 * test context: for "two nodes" and "after a restart" tests. Close it when done.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondInstance start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--practice.test.mail-server=greenmail",
                "--practice.identity.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
                "--practice.identity.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
                "--practice.notification.reminder-check=1h", "--practice.notification.retry-check=1s",
                "--practice.notification.retry-first-delay=1s", "--practice.notification.retry-max-delay=4s",
                "--logging.level.ch.vorburger=WARN"));
        arguments.addAll(List.of(extraArguments));
        return new SecondInstance(SpringApplication.from(PracticeApplication::main).with(TestInfrastructure.class)
                .run(arguments.toArray(String[]::new)).getApplicationContext());
    }

    public int port() {
        return ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer()
                .getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
