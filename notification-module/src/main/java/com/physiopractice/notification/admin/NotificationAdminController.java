package com.physiopractice.notification.admin;

import com.physiopractice.notification.DeliveryOutbox;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/notifications")
@Tag(name = "Admin: notifications", description = "Deliveries that have not succeeded yet, and resubmitting them")
class NotificationAdminController {

    private final DeliveryOutbox outbox;

    NotificationAdminController(DeliveryOutbox outbox) {
        this.outbox = outbox;
    }

    record Resubmit(Set<UUID> ids) {
    }

    @Operation(summary = "Deliveries not completed (admins)", description = "Events whose notification has failed or not "
            + "finished yet, oldest first. They are retried automatically with back-off.")
    @GetMapping("/pending")
    List<DeliveryOutbox.PendingDelivery> pending() {
        return outbox.pending(500);
    }

    @Operation(summary = "Resubmit now (admins)", description = "The listed deliveries (all pending ones if no ids are "
            + "given) are handed to their listeners again at once; emails already sent are not sent again.")
    @PostMapping("/resubmit")
    ResponseEntity<Void> resubmit(@RequestBody(required = false) Resubmit request) {
        outbox.resubmit(request == null || request.ids() == null ? Set.of() : request.ids());
        return ResponseEntity.accepted().build();
    }
}
