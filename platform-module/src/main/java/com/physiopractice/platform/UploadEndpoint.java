package com.physiopractice.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * An endpoint that takes files ({@code multipart/form-data}), declared as a bean by the module
 * that owns it. Everywhere else the API refuses multipart bodies and anything over its small body
 * limit; here multipart is read, up to {@code maxBody} (and the server's multipart limits).
 *
 * @param path the exact path, e.g. {@code /api/v1/imports}
 */
public record UploadEndpoint(HttpMethod method, String path, DataSize maxBody) {

    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return method.matches(request.getMethod()) && this.path.equals(path);
    }
}
