package com.physiopractice.sharedkernel.problems;

/** The record does not exist, or the caller may not know that it does. */
public class NotFoundException extends DomainRefusal {

    /** @param what the record in the client's words, e.g. "The appointment" */
    public NotFoundException(String what) {
        super("not-found", "Not found", what + " was not found.");
    }
}
