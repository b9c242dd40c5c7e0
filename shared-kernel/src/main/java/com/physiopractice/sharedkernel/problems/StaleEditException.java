package com.physiopractice.sharedkernel.problems;

/**
 * An edit based on a version of the record that is no longer the latest: applying it would silently
 * undo someone else's change.
 */
public class StaleEditException extends DomainRefusal {

    public StaleEditException(String code, String title, String detail) {
        super(code, title, detail);
    }
}
