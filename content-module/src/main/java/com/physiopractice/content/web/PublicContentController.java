package com.physiopractice.content.web;

import com.physiopractice.content.settings.ContentSettings;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.PieceSummary;
import com.physiopractice.content.library.PublishedContent;
import com.physiopractice.content.library.PublishedContent.LiveRevision;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/content")
@Tag(name = "Content: reading", description = "Published education, open to everyone")
class PublicContentController {

    /**
     * Shared caches may keep a copy but must check it with the ETag every time, so a newly
     * published revision is never hidden behind a cache; the check itself is a cheap 304.
     */
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private final PublishedContent library;
    private final RenderedPieceCache rendered;
    private final ContentSettings settings;

    PublicContentController(PublishedContent library, RenderedPieceCache rendered, ContentSettings settings) {
        this.library = library;
        this.rendered = rendered;
        this.settings = settings;
    }

    @Operation(summary = "Published content", description = "Filter by type and tag; q searches title, summary, body "
            + "and keywords (lay terms such as 'slipped disc' or 'SI joint' included), best match first.")
    @GetMapping
    PagedModel<PieceSummary> list(@RequestParam(required = false) ContentType type,
            @RequestParam(required = false) @Size(max = 40) String tag,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) int size) {
        if (size > settings.maxPageSize()) {
            throw InvalidInputException.of("size", "at most " + settings.maxPageSize() + " per page");
        }
        return new PagedModel<>(library.find(type, tag, q, PageRequest.of(page, size)));
    }

    @Operation(summary = "One published piece", description = "Sanitized HTML. ETag per revision (If-None-Match → 304); "
            + "an old slug answers 301 with the current address; drafts and unknown slugs are 404.")
    @ApiResponse(responseCode = "200", description = "The live revision",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublishedPieceResponse.class)))
    @ApiResponse(responseCode = "301", description = "An old slug: Location names the current address")
    @ApiResponse(responseCode = "304", description = "The copy named by If-None-Match is still current")
    @GetMapping(value = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> read(@PathVariable String slug,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        Optional<LiveRevision> live = library.findLive(slug);
        if (live.isEmpty()) {
            return library.currentSlugOf(slug)
                    .map(current -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                            .location(URI.create("/api/v1/content/" + current)).<byte[]>build())
                    .orElseThrow(() -> notFound(slug));
        }
        String etag = live.get().etag();
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(REVALIDATE).build();
        }
        byte[] body = rendered.json(live.get()).orElseThrow(() -> notFound(slug));
        return ResponseEntity.ok().eTag(etag).cacheControl(REVALIDATE).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("Published content '" + slug + "'");
    }
}
