package com.physiopractice.sharedkernel.problems;

/** What is wrong with one field of a request, in words the client can show next to it. */
public record FieldProblem(String field, String message) {
}
