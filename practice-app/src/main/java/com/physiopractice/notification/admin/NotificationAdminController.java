package com.physiopractice.notification.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/notifications")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Admin: notifications", description = "Deliveries that have not succeeded yet, and resubmitting them")
class NotificationAdminController {

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;

    NotificationAdminController(JdbcClient jdbc, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    /**
     * @param event the kind of event (e.g. AppointmentBooked), never its content
     * @param listener what was to handle it
     * @param attempts how many times delivery was tried
     */
    record PendingDelivery(UUID id, String event, String listener, String status, int attempts, Instant publishedAt,
            Instant lastResubmittedAt) {
    }

    record Resubmit(Set<UUID> ids) {
    }

    @Operation(summary = "Deliveries not completed (admins)", description = "Events whose notification has failed or not "
            + "finished yet, oldest first. They are retried automatically with back-off.")
    @GetMapping("/pending")
    List<PendingDelivery> pending() {
        return jdbc.sql("""
                SELECT ID, EVENT_TYPE, LISTENER_ID, STATUS, COMPLETION_ATTEMPTS, PUBLICATION_DATE, LAST_RESUBMISSION_DATE
                FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL ORDER BY PUBLICATION_DATE LIMIT 500""")
                .query((row, number) -> new PendingDelivery(UUID.fromString(row.getString("ID")),
                        simpleName(row.getString("EVENT_TYPE")), listener(row.getString("LISTENER_ID")),
                        row.getString("STATUS"), row.getInt("COMPLETION_ATTEMPTS"), instant(row.getTimestamp("PUBLICATION_DATE")),
                        instant(row.getTimestamp("LAST_RESUBMISSION_DATE"))))
                .list();
    }

    @Operation(summary = "Resubmit now (admins)", description = "The listed deliveries (all pending ones if no ids are "
            + "given) are handed to their listeners again at once; emails already sent are not sent again.")
    @PostMapping("/resubmit")
    ResponseEntity<Void> resubmit(@RequestBody(required = false) Resubmit request) {
        Set<UUID> ids = request == null || request.ids() == null ? Set.of() : request.ids();
        incomplete.resubmitIncompletePublications(publication -> ids.isEmpty() || ids.contains(publication.getIdentifier()));
        return ResponseEntity.accepted().build();
    }

    private static String simpleName(String type) {
        return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }

    private static String listener(String id) {
        int paren = id.indexOf('(');
        String method = paren > 0 ? id.substring(0, paren) : id;
        String[] parts = method.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : method;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
