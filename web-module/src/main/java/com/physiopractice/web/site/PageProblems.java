package com.physiopractice.web.site;

import com.physiopractice.sharedkernel.problems.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What goes wrong on a page is answered with a page in the site's design, never with JSON or a
 * stack trace. Ahead of the API's problem+json advice, for the pages' controllers only.
 */
@ControllerAdvice(basePackages = "com.physiopractice.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    /** A hand-edited address: a filter that does not exist, a page number below zero, text too long. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, HandlerMethodValidationException.class,
            ConstraintViolationException.class})
    ModelAndView badAddress() {
        return page(HttpStatus.BAD_REQUEST);
    }

    /** What a module says is not there (someone else's appointment is not there either). */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notThere() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        if (declared != null && declared.code().is4xxClientError()) {
            return page(declared.code());
        }
        String incident = UUID.randomUUID().toString();
        log.error("Page failed, incident {}", incident, failure);
        ModelAndView page = page(HttpStatus.INTERNAL_SERVER_ERROR);
        page.addObject("incident", incident);
        return page;
    }

    private static ModelAndView page(HttpStatus status) {
        int code = status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN || status == HttpStatus.TOO_MANY_REQUESTS
                || status == HttpStatus.INTERNAL_SERVER_ERROR ? status.value() : HttpStatus.BAD_REQUEST.value();
        ModelAndView page = new ModelAndView("error/" + code);
        page.setStatus(status);
        return page;
    }
}
