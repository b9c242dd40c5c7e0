package com.physiopractice.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client of the running application, as a front end would be: JSON in, status,
 * headers and JSON out. Each instance acts from its own client address (via X-Forwarded-For), so
 * per-address limits of one test do not affect another.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String clientAddress;
    private final String bearerToken;

    private Api(String baseUrl, String clientAddress, String bearerToken) {
        this.baseUrl = baseUrl;
        this.clientAddress = clientAddress;
        this.bearerToken = bearerToken;
    }

    public static Api on(int port) {
        return new Api("http://127.0.0.1:" + port, nextAddress(), null);
    }

    /** Another client of the same server, from an address of its own and without a token. */
    public Api fromAnotherAddress() {
        return new Api(baseUrl, nextAddress(), null);
    }

    /**
     * A new address for every client of the JVM, so that one test's throttled or rate-limited
     * address is never another's (only ever a header value here). Random ones collided now and then.
     */
    private static String nextAddress() {
        int client = CLIENTS.getAndIncrement();
        return "198.51." + (client / 254 % 256) + "." + (client % 254 + 1);
    }

    /** The address this client's requests come from (as a trusted proxy reports it). */
    public String clientAddress() {
        return clientAddress;
    }

    /** The same client, sending this access token. */
    public Api withToken(String token) {
        return new Api(baseUrl, clientAddress, token);
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, Map.of());
    }

    /** Posts a body without declaring its length, as a streaming client would (chunked encoding). */
    public Response postChunked(String path, String body) {
        return send("POST", path, HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json"));
    }

    /**
     * Posts a {@code multipart/form-data} body, as a browser's file form does: plain fields, and
     * files (name to CSV text) sent as {@code text/csv} parts named after their field.
     */
    public Response postFiles(String path, Map<String, String> fields, Map<String, String> files) {
        String boundary = "----practice-test-" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        files.forEach((name, text) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append(".csv\"\r\nContent-Type: text/csv\r\n\r\n").append(text).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return exchange("POST", path, HttpRequest.BodyPublishers.ofString(body.toString()),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        if (body instanceof HttpRequest.BodyPublisher publisher) {
            return exchange(method, path, publisher, headers);
        }
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        Map<String, String> allHeaders = new LinkedHashMap<>();
        if (json != null) {
            allHeaders.put("Content-Type", "application/json");
        }
        allHeaders.putAll(headers);
        return exchange(method, path, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json), allHeaders);
    }

    private Response exchange(String method, String path, HttpRequest.BodyPublisher body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress)
                .method(method, body);
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        headers.forEach(request::header);
        try {
            return new Response(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** An answer: status, headers and the body as text and (when it is JSON) as a tree. */
    public record Response(int status, java.net.http.HttpHeaders headers, String text) {

        Response(HttpResponse<String> response) {
            this(response.statusCode(), response.headers(), response.body());
        }

        public JsonNode body() {
            return JSON.readTree(text);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
