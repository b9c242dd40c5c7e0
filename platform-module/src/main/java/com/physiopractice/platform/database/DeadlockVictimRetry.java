package com.physiopractice.platform.database;

import java.sql.SQLException;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transaction again, from the start, when InnoDB chose it as a deadlock's victim. Two
 * transactions that take locks in opposite orders (often gap locks that neither asked for: an
 * insert next to rows another transaction scans) deadlock now and then under load; the database
 * rolls one back whole and says "try restarting transaction". Nothing of the victim was stored, so
 * doing it again is safe, and the patient sees her booking or the therapist her discharge instead
 * of an error. Only the outermost transaction is retried (an inner one cannot restart alone), only
 * for a deadlock (SQLSTATE 40001: a lock wait that timed out is not retried, it would wait again),
 * and a few times with a short random pause so the two do not meet again.
 */
@Configuration(proxyBeanMethods = false)
class DeadlockVictimRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadlockVictimRetry.class);

    /** The SQLSTATE of a serialization failure, which MySQL and MariaDB report for a deadlock (1213). */
    static final String DEADLOCK = "40001";

    static final int RETRIES = 3;

    /**
     * Around every {@code @Transactional} method or class, outside the transaction (this advisor
     * comes first), so each attempt has a transaction of its own.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor deadlockRetryAdvisor() {
        ComposablePointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, interceptor());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static MethodInterceptor interceptor() {
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder().predicate(DeadlockVictimRetry::isDeadlock)
                .maxRetries(RETRIES).delay(Duration.ofMillis(10)).jitter(Duration.ofMillis(10)).multiplier(2).build());
        return new Interceptor(retry);
    }

    static boolean isDeadlock(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private record Interceptor(RetryTemplate retry) implements MethodInterceptor {

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            int[] attempt = {0};
            try {
                return retry.execute(() -> {
                    if (attempt[0]++ > 0) {
                        log.info("Deadlock victim {}.{}: attempt {}", invocation.getMethod().getDeclaringClass()
                                .getSimpleName(), invocation.getMethod().getName(), attempt[0]);
                    }
                    // A fresh copy of the invocation each time: one copy proceeds once only.
                    return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
                });
            } catch (RetryException failed) {
                // Not a deadlock, or deadlocked every time: the caller sees what the method threw.
                throw failed.getLastException();
            }
        }
    }
}
