package com.physiopractice.sharedkernel.problems;

/**
 * The caller's role may do this, but not to this record, and may know that the record exists:
 * a therapist changing another therapist's hours. Records the caller may not even know about are
 * a {@link NotFoundException} instead.
 */
public class NotPermittedException extends DomainRefusal {

    public NotPermittedException(String detail) {
        super("forbidden", "Forbidden", detail);
    }
}
