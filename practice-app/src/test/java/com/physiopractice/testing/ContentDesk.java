package com.physiopractice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.TestAccounts.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** The therapist's editing desk, through the public API: write, submit and publish pieces. */
public final class ContentDesk {

    public static final String ITEMS = "/api/v1/content/items";
    private static final AtomicInteger SLUGS = new AtomicInteger();

    private final Api therapist;

    public ContentDesk(Api therapist) {
        this.therapist = therapist;
    }

    public static ContentDesk of(Api anonymous, SignedIn therapist) {
        return new ContentDesk(therapist.api(anonymous));
    }

    public Api api() {
        return therapist;
    }

    /** A slug no other test uses. */
    public static String uniqueSlug(String stem) {
        return stem + "-" + SLUGS.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    public static Map<String, Object> article(String slug, String title, String body) {
        return Api.json("slug", slug, "title", title, "summary", "A short summary of " + title + ".", "bodyMarkdown", body,
                "tags", List.of("test-piece"), "keywords", List.of("test"));
    }

    public JsonNode create(String type, Map<String, Object> fields) {
        Api.Response created = therapist.post(ITEMS, Api.json("type", type, "fields", fields));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body();
    }

    public Api.Response edit(String id, long basedOnVersion, Map<String, Object> fields) {
        return therapist.send("PUT", ITEMS + "/" + id, fields, Map.of("If-Match", "\"" + basedOnVersion + "\""));
    }

    public JsonNode submit(String id) {
        return ok(therapist.post(ITEMS + "/" + id + "/submit-for-review", null));
    }

    public Api.Response publish(String id) {
        return therapist.post(ITEMS + "/" + id + "/publish", null);
    }

    /** Writes, submits and publishes a piece; returns the editor's view after publishing. */
    public JsonNode publishNew(String type, Map<String, Object> fields) {
        String id = create(type, fields).path("id").asString();
        submit(id);
        return ok(publish(id));
    }

    public static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
