package com.physiopractice.fhir.r4;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The API's security answers 401 and 403 as problem+json before any controller runs; a FHIR client
 * expects an OperationOutcome. Placed in front of Spring Security for {@code /fhir/*}, this puts the
 * refusal into FHIR's words (the WWW-Authenticate header stays); every other answer passes untouched.
 */
class SecurityRefusalsAsOutcomes extends OncePerRequestFilter {

    private final FhirJson json;

    SecurityRefusalsAsOutcomes(FhirJson json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper caught = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, caught);
        int status = caught.getStatus();
        String type = caught.getContentType();
        if ((status == 401 || status == 403) && type != null && type.startsWith("application/problem+json")) {
            caught.resetBuffer();
            OperationOutcome outcome = new OperationOutcome();
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(status == 401 ? IssueType.LOGIN : IssueType.FORBIDDEN)
                    .setDiagnostics(status == 401 ? "Sign in: send an access token (Authorization: Bearer)."
                            : "This account may not read this.");
            String body = json.answer(HttpStatus.valueOf(status), outcome).getBody();
            caught.setContentType(FhirJson.FHIR_JSON.toString());
            caught.getWriter().write(body == null ? "" : body);
            caught.getWriter().flush();
        }
        caught.copyBodyToResponse();
    }
}
