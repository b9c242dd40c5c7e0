package com.physiopractice.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** A deadlock's victim runs again in a new transaction; anything else fails as it did. */
class DeadlockVictimRetryTest {

    /** What the database said to the victim (MariaDB's words, SQLSTATE 40001, error 1213). */
    static CannotAcquireLockException deadlock() {
        return new CannotAcquireLockException("INSERT INTO event_publication ...", new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    static CannotAcquireLockException lockWaitTimeout() {
        return new CannotAcquireLockException("UPDATE booking_slot_claim ...", new SQLException(
                "Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
    }

    interface Discharges {
        String discharge();
    }

    static class Episodes implements Discharges {
        final List<RuntimeException> failures = new ArrayList<>();
        int attempts;

        @Override
        @Transactional
        public String discharge() {
            attempts++;
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
            return "discharged";
        }
    }

    /** Counts the transactions begun and how each ended. */
    static class CountingTransactions extends AbstractPlatformTransactionManager {
        int begun;
        int committed;
        int rolledBack;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            begun++;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack++;
        }
    }

    final Episodes episodes = new Episodes();
    final CountingTransactions transactions = new CountingTransactions();

    /** As the application proxies a service: both advisors, each with its own order. */
    Discharges proxied() {
        BeanFactoryTransactionAttributeSourceAdvisor transactional = new BeanFactoryTransactionAttributeSourceAdvisor();
        transactional.setTransactionAttributeSource(new AnnotationTransactionAttributeSource());
        transactional.setAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        ProxyFactory factory = new ProxyFactory(episodes);
        factory.addInterface(Discharges.class);
        // In the order the application's proxy creator puts them: sorted by their order.
        List<Advisor> advisors = new ArrayList<>(List.of(transactional, DeadlockVictimRetry.deadlockRetryAdvisor()));
        AnnotationAwareOrderComparator.sort(advisors);
        advisors.forEach(factory::addAdvisor);
        return (Discharges) factory.getProxy();
    }

    @Test
    void aDeadlockVictimIsRunAgainInATransactionOfItsOwn() {
        episodes.failures.add(deadlock());
        episodes.failures.add(deadlock());

        assertThat(proxied().discharge()).isEqualTo("discharged");
        assertThat(episodes.attempts).isEqualTo(3);
        assertThat(transactions.begun).as("a new transaction per attempt").isEqualTo(3);
        assertThat(transactions.rolledBack).isEqualTo(2);
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void aTransactionDeadlockedEveryTimeFailsWithTheDeadlockAfterAFewAttempts() {
        for (int i = 0; i <= DeadlockVictimRetry.RETRIES; i++) {
            episodes.failures.add(deadlock());
        }

        assertThatThrownBy(proxied()::discharge).isInstanceOf(CannotAcquireLockException.class);
        assertThat(episodes.attempts).isEqualTo(1 + DeadlockVictimRetry.RETRIES);
    }

    @Test
    void aLockWaitTimeoutOrAnyOtherFailureIsNotRetried() {
        episodes.failures.add(lockWaitTimeout());
        assertThatThrownBy(proxied()::discharge).isInstanceOf(CannotAcquireLockException.class);
        assertThat(episodes.attempts).isEqualTo(1);

        episodes.failures.add(new IllegalStateException("the episode is closed"));
        assertThatThrownBy(proxied()::discharge).isInstanceOf(IllegalStateException.class);
        assertThat(episodes.attempts).isEqualTo(2);
    }

    @Test
    void aMethodCalledInsideATransactionIsLeftToTheOutermostOneToRetry() {
        episodes.failures.add(deadlock());
        Discharges proxied = proxied();
        org.springframework.transaction.support.TransactionTemplate outer =
                new org.springframework.transaction.support.TransactionTemplate(transactions);

        assertThatThrownBy(() -> outer.executeWithoutResult(status -> proxied.discharge()))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(episodes.attempts).isEqualTo(1);
    }
}
