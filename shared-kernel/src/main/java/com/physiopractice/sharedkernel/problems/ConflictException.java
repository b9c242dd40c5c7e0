package com.physiopractice.sharedkernel.problems;

/**
 * The request conflicts with the current state of the record or of the practice: the slot is
 * taken, the appointment has ended, the slug is in use. Trying again unchanged will not help;
 * something must change first.
 */
public class ConflictException extends DomainRefusal {

    public ConflictException(String code, String title, String detail) {
        super(code, title, detail);
    }
}
