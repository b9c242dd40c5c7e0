package com.physiopractice.audit;

import java.util.Collection;
import java.util.Collections;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The practice's append-only record of who did what to which record, when. Every module calls
 * it for each read or change of health data (an intake, an appointment, an account). The actor
 * ({@link CurrentActor}) and the time are taken from the current request and the practice clock,
 * so callers only say what happened.
 * <p>
 * Never pass health data, passwords or tokens: the subject is an id, the action a code.
 */
public interface AuditTrail {

    /**
     * Records an event in its own transaction, so it is kept even if the surrounding work fails
     * and it works inside read-only transactions.
     */
    default void record(AuditAction action, String subjectType, @Nullable Object subjectId) {
        recordEach(action, subjectType, Collections.singletonList(subjectId));
    }

    /**
     * Records a change as part of the caller's current transaction, so the line is kept exactly when
     * the change commits. For the line that says a change happened: written on its own, it would
     * outlive a change whose commit failed, and it would cost the change a second connection and a
     * second commit. Must be called inside a read-write transaction.
     */
    void recordWithChange(AuditAction action, String subjectType, Object subjectId);

    /** Records the same action on each of several records (e.g. every intake of a page that was read), at once. */
    void recordEach(AuditAction action, String subjectType, Collection<?> subjectIds);

    /** Records an event by a known actor who is not (yet) the current one, e.g. at sign-in. */
    void recordAs(Actor actor, AuditAction action, String subjectType, String subjectId);

    /**
     * Records an attempt by a caller who is not signed in (a wrong password, a rejected token). Such
     * attempts can come in floods, so they are not written one by one on the request's thread:
     * they are counted in memory per action, subject, client address and minute, and written as one
     * line with the count a few seconds later. Beyond a bound of distinct lines waiting, further
     * attempts are counted in one line per action and minute.
     */
    void recordAttempt(AuditAction action, String subjectType, @Nullable Object subjectId);

    /**
     * Checks the trail's hash chain from its first line to its last sealed one, and names the
     * first line where it breaks (changed content, a line missing before it).
     */
    ChainVerification verifyChain();

    /** The trail, filtered; for administrators. */
    Page<AuditEntry> search(AuditQuery query, Pageable page);
}
