package com.physiopractice.notification;

import java.lang.reflect.Method;
import com.physiopractice.platform.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The listeners of this module run after commit on other threads ({@code @Async}); a failure leaves
 * the event in the publication registry, to be retried. A mail server that is down is an expected,
 * retried condition, logged as one line; anything else is logged with its stack trace.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AsyncConfiguration.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (Throwable failure, Method method, Object... params) -> {
            String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            if (isRetriedDelivery(failure)) {
                log.warn("{} will be retried: {}", listener, LogSafe.summary(failure));
            } else {
                log.error("{} failed and will be retried", listener, LogSafe.redacted(failure));
            }
        };
    }

    private static boolean isRetriedDelivery(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MailException) {
                return true;
            }
        }
        return false;
    }
}
