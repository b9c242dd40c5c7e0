package com.physiopractice.sharedkernel.problems;

/**
 * A well-formed request the practice's rules refuse, whatever the state of the records: an
 * appointment inside the notice period, an intake too old to book with.
 */
public class RuleViolationException extends DomainRefusal {

    public RuleViolationException(String code, String title, String detail) {
        super(code, title, detail);
    }
}
