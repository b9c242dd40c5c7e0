package com.physiopractice.domain.audit;

/**
 * The practice's append-only record of who did what to which record, when. Every module calls
 * it for each read or change of health data (an intake, an appointment, an account). The actor
 * and the time are taken from the current request and the practice clock, so callers only say
 * what happened.
 * <p>
 * Never pass health data, passwords or tokens: the subject is an id, the action a code.
 */
public interface AuditTrail {

    /**
     * Records an event in its own transaction, so it is kept even if the surrounding work fails
     * and it works inside read-only transactions.
     */
    void record(AuditAction action, String subjectType, String subjectId);

    default void record(AuditAction action, String subjectType, Object subjectId) {
        record(action, subjectType, subjectId == null ? null : subjectId.toString());
    }

    /**
     * Records a change as part of the caller's current transaction, so the line is kept exactly when
     * the change commits. For the line that says a change happened: written on its own, it would
     * outlive a change whose commit failed, and it would cost the change a second connection and a
     * second commit. Must be called inside a read-write transaction.
     */
    void recordWithChange(AuditAction action, String subjectType, Object subjectId);

    /** Records the same action on each of several records (e.g. every intake of a page that was read), at once. */
    void recordEach(AuditAction action, String subjectType, java.util.Collection<?> subjectIds);
}
