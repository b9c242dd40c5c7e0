package com.physiopractice.content.web;

import com.physiopractice.content.settings.ContentSettings;
import com.physiopractice.content.library.PublishedContent;
import com.physiopractice.content.library.PublishedContent.LiveRevision;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of each live revision, kept on this node after the first read. Every read still asks
 * the database which revision is live (one small indexed lookup), so a revision published on any
 * node is served at once; only the body of a revision already seen comes from memory. Holds at
 * most one entry per published piece.
 */
@Component
class RenderedPieceCache {

    private record Rendered(int revision, byte[] json) {
    }

    private final Map<UUID, Rendered> byPiece = new ConcurrentHashMap<>();
    private final PublishedContent library;
    private final ContentSettings settings;
    private final JsonMapper json;

    RenderedPieceCache(PublishedContent library, ContentSettings settings, JsonMapper json) {
        this.library = library;
        this.settings = settings;
        this.json = json;
    }

    /** The JSON of this live revision; empty if it was replaced or archived a moment ago. */
    Optional<byte[]> json(LiveRevision live) {
        Rendered cached = byPiece.get(live.id().value());
        if (cached != null && cached.revision() == live.revision()) {
            return Optional.of(cached.json());
        }
        return library.findLive(live.id()).filter(piece -> piece.revision() == live.revision()).map(piece -> {
            byte[] body = json.writeValueAsBytes(PublishedPieceResponse.of(piece, settings.medicalDisclaimer()));
            byPiece.put(live.id().value(), new Rendered(live.revision(), body));
            return body;
        });
    }
}
