package com.physiopractice.web.account;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every bad field of a form with what is wrong with it, in the order of the form, for the error summary. */
final class FormErrors {

    private FormErrors() {
    }

    /** Field names as the form names its inputs; the domain's messages say what is wrong. */
    static Map<String, String> of(List<FieldProblem> problems, List<String> formOrder) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : formOrder) {
            problems.stream().filter(problem -> problem.field().equals(field)).findFirst()
                    .ifPresent(problem -> errors.put(field, sentence(field, problem.message())));
        }
        problems.stream().filter(problem -> !errors.containsKey(problem.field()))
                .forEach(problem -> errors.put(problem.field(), sentence(problem.field(), problem.message())));
        return errors;
    }

    private static String sentence(String field, String message) {
        String label = switch (field) {
            case "email" -> "Email address";
            case "password" -> "Password";
            case "newPassword" -> "New password";
            case "currentPassword" -> "Current password";
            case "code" -> "Code";
            case "fullName" -> "Full name";
            case "dateOfBirth" -> "Date of birth";
            case "phone" -> "Phone number";
            case "timeZone" -> "Time zone";
            default -> "This answer";
        };
        return label + ": " + message;
    }
}
