package com.physiopractice.triage.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A form's body read as JSON by the triage endpoints themselves rather than by Spring's message
 * converter, so that a body that is missing or not JSON at all is still answered by the form
 * reader, with the emergency advice, instead of a bare "malformed request".
 */
final class SubmittedJson {

    private SubmittedJson() {
    }

    /** The JSON tree of the body, or a missing node (which no reader takes for answers). */
    static JsonNode read(JsonMapper json, @Nullable String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException unreadable) {
            return MissingNode.getInstance();
        }
    }
}
