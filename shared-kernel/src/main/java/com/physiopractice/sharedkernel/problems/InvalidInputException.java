package com.physiopractice.sharedkernel.problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose fields break the rules, with every offending field named at once so the client
 * can fix them all in one go.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;
    private final Map<String, Object> details;

    public InvalidInputException(List<FieldProblem> problems) {
        this(problems, Map.of());
    }

    private InvalidInputException(List<FieldProblem> problems, Map<String, Object> details) {
        super("invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.problems = List.copyOf(problems);
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * The same refusal with something more the client must be told alongside the bad fields, under
     * a name that is part of the API (triage adds {@code safety} and {@code emergencyAdvice}).
     */
    public InvalidInputException with(String name, Object detail) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(name, detail);
        return new InvalidInputException(problems, more);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** What the answer carries besides the bad fields, by member name; usually empty. */
    public Map<String, Object> details() {
        return details;
    }
}
