package com.physiopractice.booking.web;

import com.physiopractice.booking.CalendarFeeds;
import com.physiopractice.booking.calendar.CalendarFeed;
import com.physiopractice.sharedkernel.TherapistId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Booking: calendar feed", description = "The therapist's appointments as a calendar subscription")
class CalendarFeedController {

    private final CalendarFeed feeds;

    CalendarFeedController(CalendarFeed feeds) {
        this.feeds = feeds;
    }

    /**
     * @param feedUrl subscribe to this address; it is shown only now
     * @param expiresAt when it stops working (make a new one before)
     */
    record FeedAddress(String feedUrl, Instant expiresAt) {
    }

    @Operation(summary = "Make a new calendar feed address (the therapist)", description = "The previous address stops "
            + "working at once. Patients appear by initials only; video room links are left out unless the practice "
            + "turns them on. The address works until `expiresAt` (90 days by default).")
    @PostMapping("/api/v1/booking/therapists/{therapistId}/calendar-feed")
    ResponseEntity<FeedAddress> rotate(@PathVariable TherapistId therapistId) {
        CalendarFeeds.Address address = feeds.rotate(therapistId);
        URI url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(CalendarFeeds.path(address.token())).build().toUri();
        return ResponseEntity.created(url).cacheControl(CacheControl.noStore())
                .body(new FeedAddress(url.toString(), address.expiresAt()));
    }

    @Operation(summary = "Turn the calendar feed off (the therapist)", description = "Its address stops working at "
            + "once; a new one can be made at any time.")
    @DeleteMapping("/api/v1/booking/therapists/{therapistId}/calendar-feed")
    ResponseEntity<Void> revoke(@PathVariable TherapistId therapistId) {
        feeds.revoke(therapistId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The calendar feed (by its secret address)", description = "Unknown, replaced, revoked or "
            + "expired addresses are 404.")
    @GetMapping(value = "/api/v1/booking/calendar-feed/{token}.ics", produces = "text/calendar")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(AppointmentController.CALENDAR).cacheControl(CacheControl.noStore())
                .body(feeds.feed(token));
    }
}
