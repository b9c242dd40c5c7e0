package com.physiopractice.sharedkernel.problems;

/**
 * A value that breaks the rules of its type (a time window that ends before it starts, a name of
 * 300 characters), thrown by the value object itself, which does not know which field of which
 * request the value came from. Its message is written for the client; any other
 * {@link IllegalArgumentException} is a programming error and never reaches a client.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
