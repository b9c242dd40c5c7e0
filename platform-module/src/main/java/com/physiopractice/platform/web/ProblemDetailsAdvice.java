package com.physiopractice.platform.web;

import com.physiopractice.platform.LogSafe;
import com.physiopractice.platform.ProblemType;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.problems.NotPermittedException;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import com.physiopractice.sharedkernel.problems.StaleEditException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every exception a controller lets out into an RFC 9457 problem with a stable {@code type}.
 * Clients learn what was wrong and which fields to fix; they never see a stack trace, SQL, an
 * internal class name or a library's own message. Unexpected failures are logged with an id the
 * answer repeats, so support can find the log line without the client seeing its content.
 * <p>
 * This is where a module's refusals get their HTTP status, by their kind (see {@link #STATUS_BY_KIND}):
 * the domain says what went wrong, the web edge says which status that is. A module whose web layer
 * answers something of its own (a throttled sign-in, a missing {@code If-Match}) throws Spring's
 * {@link org.springframework.web.ErrorResponseException} with the problem already made.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** Most specific first: a module may refine a kind. */
    private static final Map<Class<? extends DomainRefusal>, HttpStatus> STATUS_BY_KIND = new LinkedHashMap<>();

    static {
        STATUS_BY_KIND.put(NotFoundException.class, HttpStatus.NOT_FOUND);
        STATUS_BY_KIND.put(NotPermittedException.class, HttpStatus.FORBIDDEN);
        STATUS_BY_KIND.put(ConflictException.class, HttpStatus.CONFLICT);
        STATUS_BY_KIND.put(RuleViolationException.class, HttpStatus.UNPROCESSABLE_CONTENT);
        STATUS_BY_KIND.put(StaleEditException.class, HttpStatus.PRECONDITION_FAILED);
    }

    private static final Map<Integer, URI> TYPES_BY_STATUS = Map.of(
            400, ProblemType.MALFORMED_REQUEST,
            401, ProblemType.UNAUTHENTICATED,
            403, ProblemType.FORBIDDEN,
            404, ProblemType.NOT_FOUND,
            405, ProblemType.METHOD_NOT_ALLOWED,
            406, ProblemType.NOT_ACCEPTABLE,
            409, ProblemType.CONFLICT,
            413, ProblemType.PAYLOAD_TOO_LARGE,
            415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            503, ProblemType.SERVICE_UNAVAILABLE);

    static URI typeFor(int status) {
        return TYPES_BY_STATUS.getOrDefault(status, status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Stream<FieldProblem> fieldErrors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()));
        Stream<FieldProblem> objectErrors = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()));
        return validationProblem(Stream.concat(fieldErrors, objectErrors).toList(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(parameterName(result), error.getDefaultMessage())))
                .toList();
        return validationProblem(errors, request);
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (NestedExceptionUtils.getRootCause(ex) instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), request);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return validationProblem(List.of(new FieldProblem(path(mismatch), explain(mismatch))), request);
        }
        if (cause instanceof ValueInstantiationException invalid) {
            // A value object refused the value: its own words, or (a library's refusal) plain ones.
            String why = invalid.getCause() instanceof InvalidValueException refused ? refused.getMessage()
                    : "has an invalid value";
            return validationProblem(List.of(new FieldProblem(path(invalid), why)), request);
        }
        String detail = cause instanceof JacksonException
                ? "The request body is not well-formed JSON."
                : "The request body is missing or cannot be read.";
        return problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_REQUEST, detail, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                "There is no " + ex.getHttpMethod() + " /" + ex.getResourcePath() + " in this API.", request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        return validationProblem(List.of(new FieldProblem(name, "has an invalid value '" + ex.getValue() + "'")), request);
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String explain(MismatchedInputException mismatch) {
        if (mismatch instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        Class<?> target = mismatch.getTargetType();
        if (mismatch instanceof InvalidFormatException invalid && target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return "has an unknown code '" + invalid.getValue() + "'; allowed: " + allowed;
        }
        if (mismatch instanceof InvalidFormatException invalid) {
            return "has an invalid value '" + invalid.getValue() + "'";
        }
        return "has the wrong type";
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
        ResponseEntity<Object> answer = validationProblem(ex.problems(), request);
        ex.details().forEach(((ProblemDetail) answer.getBody())::setProperty);
        return answer;
    }

    @ExceptionHandler(DomainRefusal.class)
    ResponseEntity<Object> refused(DomainRefusal ex, WebRequest request) {
        HttpStatus status = statusOf(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.detail());
        problem.setType(ProblemType.of(ex.code()));
        problem.setTitle(ex.title());
        complete(problem, request);
        return ResponseEntity.status(status).body(problem);
    }

    static HttpStatus statusOf(DomainRefusal refusal) {
        return STATUS_BY_KIND.entrySet().stream().filter(kind -> kind.getKey().isInstance(refusal))
                .map(Map.Entry::getValue).findFirst()
                // A new kind of refusal without a status here is still the client's request refused.
                .orElse(HttpStatus.BAD_REQUEST);
    }

    /** A value object refused a value; its message is written for the client (other IllegalArgumentExceptions are bugs). */
    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException ex, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, ex.getMessage(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, ProblemType.STALE_VERSION,
                "Someone changed this record since you read it. Reload it and apply your change again.", request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> conflict(DataIntegrityViolationException ex, WebRequest request) {
        log.info("Refused a write that conflicts with stored data: {}", LogSafe.summary(ex));
        return problem(HttpStatus.CONFLICT, ProblemType.CONFLICT, "The change conflicts with the current state.", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, LogSafe.redacted(ex));
        ResponseEntity<Object> answer = problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL,
                "Something went wrong on our side. Nothing you sent was stored. Quote incident " + incident
                        + " if you contact us.", request);
        ((ProblemDetail) answer.getBody()).setProperty("incident", incident);
        return answer;
    }

    /** Gives every problem built by the base class a stable type and the request path as instance. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            complete(problem, request);
        }
        return answer;
    }

    private ResponseEntity<Object> validationProblem(List<FieldProblem> errors, WebRequest request) {
        List<FieldProblem> sorted = errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
        String fields = sorted.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are invalid: " + fields + ".");
        problem.setType(ProblemType.VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", sorted);
        complete(problem, request);
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<Object> problem(HttpStatus status, URI type, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        complete(problem, request);
        return ResponseEntity.status(status).body(problem);
    }

    private static void complete(ProblemDetail problem, WebRequest request) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(typeFor(problem.getStatus()));
        }
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            problem.setInstance(URI.create(http.getRequestURI()));
        }
    }
}
