package com.physiopractice.content.web;

import com.physiopractice.content.ContentId;
import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.content.editorial.ContentFields;
import com.physiopractice.content.editorial.ContentItem;
import com.physiopractice.content.editorial.ContentRevision;
import com.physiopractice.content.editorial.EditorialService;
import com.physiopractice.content.editorial.RevisionComparison;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.platform.ProblemType;
import com.physiopractice.triage.ConditionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/content")
@Tag(name = "Content: editing", description = "The therapist writes, reviews, publishes and archives education")
class EditorController {

    private static final URI PRECONDITION_REQUIRED = ProblemType.of("precondition-required");

    private final EditorialService editorial;

    EditorController(EditorialService editorial) {
        this.editorial = editorial;
    }

    /** The fields of a piece; {@code type} is fixed at creation. */
    record FieldsRequest(@NotNull String slug, @NotNull String title, @NotNull String summary,
            @NotNull String bodyMarkdown, List<String> tags, List<String> keywords, ConditionCode conditionCode,
            MovementPattern movementPattern, Set<Contraindication> contraindications) {

        ContentFields fields() {
            return new ContentFields(slug, title, summary, bodyMarkdown, tags, keywords, conditionCode, movementPattern,
                    contraindications);
        }
    }

    record CreateRequest(@NotNull ContentType type, @NotNull @Valid FieldsRequest fields) {
    }

    /** @param at when to go live (ISO-8601 with offset); now if absent or past */
    record PublishRequest(OffsetDateTime at) {
    }

    record RevisionResponse(int number, Integer restoredFrom, Instant savedAt, String slug, String title,
            double readingGrade) {

        static RevisionResponse of(ContentRevision revision) {
            return new RevisionResponse(revision.number(), revision.restoredFrom(), revision.savedAt(),
                    revision.fields().slug(), revision.fields().title(), revision.readingGrade());
        }
    }

    @Operation(summary = "Write a new draft (therapist)", description = "The reading level is computed and returned.")
    @PostMapping("/items")
    ResponseEntity<EditorItemResponse> create(Caller caller, @Valid @RequestBody CreateRequest request) {
        ContentItem item = editorial.create(caller.account(), request.type(), request.fields().fields());
        return withVersion(ResponseEntity.created(URI.create("/api/v1/content/items/" + item.id())), item);
    }

    @Operation(summary = "Pieces by workflow state (therapist)", description = "Drafts and pieces in review by default.")
    @GetMapping("/items")
    PagedModel<EditorItemResponse> list(@RequestParam(required = false) List<ContentStatus> status,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<ContentStatus> wanted = status == null || status.isEmpty() ? List.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW)
                : status;
        return new PagedModel<>(editorial.list(wanted, PageRequest.of(page, size, Sort.by("updatedAt").descending()))
                .map(EditorItemResponse::of));
    }

    @Operation(summary = "The working copy (therapist)", description = "Its ETag is the version to send as If-Match when saving.")
    @GetMapping("/items/{id}")
    ResponseEntity<EditorItemResponse> read(@PathVariable ContentId id) {
        return withVersion(ResponseEntity.ok(), editorial.read(id));
    }

    @Operation(summary = "Save a new revision (therapist)", description = "Requires If-Match with the version the edit "
            + "started from (428 without it); a save over a newer version is refused with 412, so no edit is lost. "
            + "Saving something in review returns it to draft.")
    @PutMapping("/items/{id}")
    ResponseEntity<EditorItemResponse> edit(Caller caller, @PathVariable ContentId id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody FieldsRequest request) {
        return withVersion(ResponseEntity.ok(), editorial.edit(caller.account(), id, version(ifMatch), request.fields()));
    }

    @Operation(summary = "Submit a draft for medical review (therapist)", description = "Only a draft can be submitted; "
            + "editing it afterwards returns it to draft.")
    @PostMapping("/items/{id}/submit-for-review")
    ResponseEntity<EditorItemResponse> submit(@PathVariable ContentId id) {
        return withVersion(ResponseEntity.ok(), editorial.submitForReview(id));
    }

    @Operation(summary = "Approve and publish (therapist)", description = "Now, or at a later time (runs once across "
            + "nodes, and catches up after downtime). Refused while the body links to unpublished content.")
    @PostMapping("/items/{id}/publish")
    ResponseEntity<EditorItemResponse> publish(Caller caller, @PathVariable ContentId id,
            @RequestBody(required = false) PublishRequest request) {
        Instant at = request == null || request.at() == null ? null : request.at().toInstant();
        return withVersion(ResponseEntity.ok(), editorial.publish(caller.requireTherapist(), id, at));
    }

    @Operation(summary = "Archive (therapist)", description = "Takes it off the public library; refused while published pieces link to it.")
    @PostMapping("/items/{id}/archive")
    ResponseEntity<EditorItemResponse> archive(@PathVariable ContentId id) {
        return withVersion(ResponseEntity.ok(), editorial.archive(id));
    }

    @Operation(summary = "Revision history (therapist)", description = "Newest first; every save is kept.")
    @GetMapping("/items/{id}/revisions")
    List<RevisionResponse> revisions(@PathVariable ContentId id) {
        return editorial.revisions(id).stream().map(RevisionResponse::of).toList();
    }

    @Operation(summary = "Compare two revisions (therapist)", description = "Each changed field, and the body as a "
            + "unified line diff (older revision first, whatever the order asked).")
    @GetMapping("/items/{id}/revisions/compare")
    RevisionComparison compare(@PathVariable ContentId id, @RequestParam @Min(1) int from,
            @RequestParam @Min(1) int to) {
        return editorial.compare(id, from, to);
    }

    @Operation(summary = "Restore a revision (therapist)", description = "Makes a new draft revision with its content; "
            + "history is never rewritten.")
    @PostMapping("/items/{id}/revisions/{number}/restore")
    ResponseEntity<EditorItemResponse> restore(Caller caller, @PathVariable ContentId id, @PathVariable int number) {
        return withVersion(ResponseEntity.ok(), editorial.restore(caller.account(), id, number));
    }

    record ReviewDue(ContentId id, String slug, String title, ContentStatus status, LocalDate lastReviewedOn,
            LocalDate nextReviewDue) {
    }

    @Operation(summary = "Medical reviews due (therapist)", description = "Overdue and due within withinDays, soonest first.")
    @GetMapping("/review-due")
    List<ReviewDue> reviewDue(@RequestParam(defaultValue = "30") @Min(0) @Max(366) int withinDays) {
        return editorial.reviewDue(Duration.ofDays(withinDays)).stream()
                .map(item -> new ReviewDue(item.id(), item.fields().slug(), item.fields().title(), item.status(),
                        item.lastReviewedOn(), item.nextReviewDue()))
                .toList();
    }

    private static ResponseEntity<EditorItemResponse> withVersion(ResponseEntity.BodyBuilder response, ContentItem item) {
        return response.eTag("\"" + item.version() + "\"").body(EditorItemResponse.of(item));
    }

    private static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the version (ETag) of the piece you edited, so a newer edit is not overwritten.");
            problem.setType(PRECONDITION_REQUIRED);
            problem.setTitle("If-Match required");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw InvalidInputException.of("If-Match", "the ETag of the piece, e.g. \"3\"");
        }
    }
}
