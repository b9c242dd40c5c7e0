package com.physiopractice.identity.web;

import com.physiopractice.identity.signin.SecondFactorRequiredException;
import com.physiopractice.identity.signin.SignInRefusedException;
import com.physiopractice.identity.signin.SignInThrottledException;
import com.physiopractice.platform.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers of signing in that only this module gives: a refused sign-in is 401 and a throttled
 * one 429 with {@code Retry-After}. Ahead of the platform's advice, which answers every other
 * refusal; security exceptions raised inside a controller go back to the security filter chain,
 * which answers (and audits) them like any other refusal at the URL level.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemAdvice {

    @ExceptionHandler(SignInRefusedException.class)
    ErrorResponseException refused(SignInRefusedException refused) {
        return problem(HttpStatus.UNAUTHORIZED, refused.code(), refused.title(), refused.detail());
    }

    @ExceptionHandler(SecondFactorRequiredException.class)
    ErrorResponseException codeNeeded(SecondFactorRequiredException needed) {
        return problem(HttpStatus.UNAUTHORIZED, needed.code(), needed.title(), needed.detail());
    }

    @ExceptionHandler(SignInThrottledException.class)
    ErrorResponseException throttled(SignInThrottledException throttled) {
        ErrorResponseException answer = problem(HttpStatus.TOO_MANY_REQUESTS, throttled.code(), throttled.title(),
                throttled.detail());
        answer.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
        return answer;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void leaveToSecurity(RuntimeException ex) {
        throw ex;
    }

    static ErrorResponseException invalidRefreshToken() {
        return problem(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired or already used. Sign in again.");
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemType.of(code));
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
