package com.physiopractice.booking.appointment;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change in its own transaction, and runs it again when InnoDB chose it as a deadlock's
 * victim: concurrent claims of the same 5-minute steps may deadlock, and the retried loser then
 * sees the winner's claim and is refused as a taken slot. Only the outermost transaction can be
 * retried: work that joins another transaction (a request with an {@code Idempotency-Key} takes
 * its key in the same one) runs once, and the outer transaction's owner retries.
 */
@Component
public class DeadlockRetry {

    private final TransactionTemplate transaction;
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .includes(PessimisticLockingFailureException.class).maxRetries(2).delay(Duration.ZERO).build());

    DeadlockRetry(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    public <T> T inTransaction(Supplier<T> change) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return change.get();
        }
        try {
            return retry.invoke(() -> transaction.execute(status -> change.get()));
        } catch (PessimisticLockingFailureException stillDeadlocked) {
            throw SlotLedger.slotTaken();
        }
    }
}
