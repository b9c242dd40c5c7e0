package com.physiopractice.platform.web;

import com.physiopractice.platform.ProblemType;
import com.physiopractice.platform.ProblemWriter;
import com.physiopractice.platform.UploadEndpoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 before anything reads them: at once
 * when the declared Content-Length is too large, and while reading for chunked bodies that do
 * not declare one, through the input stream and the reader alike. No endpoint of this API takes
 * uploads, so a small limit protects the server.
 * <p>
 * The container reads a form's body itself, past any wrapper: the form size limit of the server
 * ({@code server.tomcat.max-http-form-post-size}, set to the same limit) stops it early when this
 * filter has the form parsed first, and the server answers 413.
 * Multipart bodies are refused (415), and parsing one writes it to disk: except at the endpoints a
 * module declares as an {@link UploadEndpoint}, which take them up to their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;
    private final List<UploadEndpoint> uploads;

    RequestBodyLimitFilter(WebSettings settings, ProblemWriter problems, List<UploadEndpoint> uploads) {
        this.maxBytes = settings.maxRequestBody().toBytes();
        this.problems = problems;
        this.uploads = List.copyOf(uploads);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<UploadEndpoint> upload = uploads.stream().filter(endpoint -> endpoint.matches(request)).findFirst();
        if (upload.isPresent()) {
            if (request.getContentLengthLong() > upload.get().maxBody().toBytes()) {
                problems.write(request, response, ProblemWriter.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                        ProblemType.PAYLOAD_TOO_LARGE, "The files are larger than the " + upload.get().maxBody().toMegabytes()
                                + " MB this endpoint accepts."));
                return;
            }
            // The container reads multipart itself, under the server's multipart limits (spring.servlet.multipart).
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, ProblemWriter.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    ProblemType.PAYLOAD_TOO_LARGE, describeLimit()));
            return;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            problems.write(request, response, ProblemWriter.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "This API does not take multipart bodies."));
            return;
        }
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            // Parsed here, before anything else, under the server's form limit: Tomcat stops reading
            // a chunked form at the limit and answers 413 (through the problem error page).
            request.getParameterMap();
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private String describeLimit() {
        return "The request body is larger than the " + maxBytes + " bytes this API accepts.";
    }

    /** Thrown while reading a body that turns out too large; the advice answers it with 413. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(String message) {
            super(message);
        }
    }

    private final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        private BufferedReader reader;

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream());
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return reader;
        }
    }

    private final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private long read;

        LimitedInputStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(describeLimit());
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
