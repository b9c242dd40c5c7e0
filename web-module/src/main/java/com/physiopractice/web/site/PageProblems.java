package com.physiopractice.web.site;

import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure) {
        String incident = UUID.randomUUID().toString();
        log.error("Page failed, incident {}", incident, failure);
        ModelAndView page = page(HttpStatus.INTERNAL_SERVER_ERROR);
        page.addObject("incident", incident);
        return page;
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error/" + status.value());
        page.setStatus(status);
        return page;
    }
}
