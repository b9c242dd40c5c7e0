package com.physiopractice.web.account;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every bad field of a form with what is wrong with it, in the order of the form, for the error
 * summary: "Full name: must not be blank". The field's name comes from the message bundle
 * ({@code field.<name>}), the domain's message says what is wrong.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Field names as the form names its inputs. */
    public Map<String, String> of(List<FieldProblem> problems, List<String> formOrder) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : formOrder) {
            problems.stream().filter(problem -> problem.field().equals(field)).findFirst()
                    .ifPresent(problem -> errors.put(field, sentence(field, problem.message())));
        }
        problems.stream().filter(problem -> !errors.containsKey(problem.field()))
                .forEach(problem -> errors.put(problem.field(), sentence(problem.field(), problem.message())));
        return errors;
    }

    /** A message of the bundle, for the pages' own refusals. */
    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String sentence(String field, String message) {
        String label = messages.getMessage("field." + field, null, messages.getMessage("field.other", null,
                LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale());
        return message("form.fieldError", label, message);
    }
}
