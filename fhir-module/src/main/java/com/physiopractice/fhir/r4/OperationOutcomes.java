package com.physiopractice.fhir.r4;

import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the FHIR API is an OperationOutcome (FHIR's own), never problem+json: FHIR clients
 * read that. Nothing about the server's inside leaves it; a failure carries an incident id to quote.
 */
@RestControllerAdvice(assignableTypes = FhirR4Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OperationOutcomes {

    private static final Logger log = LoggerFactory.getLogger(OperationOutcomes.class);

    private final FhirJson json;

    OperationOutcomes(FhirJson json) {
        this.json = json;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException missing) {
        return answer(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, missing.detail());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException invalid) {
        OperationOutcome outcome = new OperationOutcome();
        invalid.problems().forEach(problem -> outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(IssueType.INVALID).setDiagnostics(problem.field() + ": " + problem.message())
                .addExpression(problem.field()));
        return json.answer(HttpStatus.BAD_REQUEST, outcome);
    }

    @ExceptionHandler(FhirR4Controller.NotSupported.class)
    ResponseEntity<String> notSupported(FhirR4Controller.NotSupported unsupported) {
        return answer(HttpStatus.NOT_FOUND, IssueType.NOTSUPPORTED, unsupported.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missingParameter(MissingServletRequestParameterException missing) {
        return answer(HttpStatus.BAD_REQUEST, IssueType.REQUIRED, "the search parameter '" + missing.getParameterName()
                + "' is required here");
    }

    @ExceptionHandler(DomainRefusal.class)
    ResponseEntity<String> refused(DomainRefusal refusal) {
        return answer(HttpStatus.CONFLICT, IssueType.BUSINESSRULE, refusal.detail());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<String> unauthenticated(AuthenticationException unauthenticated) {
        return answer(HttpStatus.UNAUTHORIZED, IssueType.LOGIN, "sign in: send an access token (Authorization: Bearer)");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> forbidden(AccessDeniedException denied) {
        return answer(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, "this account may not read this");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception failure) {
        String incident = UUID.randomUUID().toString();
        log.error("FHIR request failed, incident {}", incident, failure);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, IssueType.EXCEPTION,
                "Something went wrong on our side. Quote incident " + incident + " if you contact us.");
    }

    private ResponseEntity<String> answer(HttpStatus status, IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return json.answer(status, outcome);
    }
}
