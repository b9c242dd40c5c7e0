package com.physiopractice.booking.web;

import com.physiopractice.booking.calendar.CalendarFeed;
import com.physiopractice.sharedkernel.TherapistId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
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

    /** @param feedUrl subscribe to this address; it is shown only now */
    record FeedAddress(String feedUrl) {
    }

    @Operation(summary = "Make a new calendar feed address (the therapist)", description = "The previous address stops "
            + "working at once. Patients appear by initials only.")
    @PostMapping("/api/v1/booking/therapists/{therapistId}/calendar-feed")
    ResponseEntity<FeedAddress> rotate(@PathVariable TherapistId therapistId) {
        String token = feeds.rotate(therapistId);
        URI url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/booking/calendar-feed/{token}.ics").buildAndExpand(token).toUri();
        return ResponseEntity.created(url).cacheControl(CacheControl.noStore()).body(new FeedAddress(url.toString()));
    }

    @Operation(summary = "The calendar feed (by its secret address)", description = "Unknown or replaced addresses are 404.")
    @GetMapping(value = "/api/v1/booking/calendar-feed/{token}.ics", produces = "text/calendar")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(AppointmentController.CALENDAR).cacheControl(CacheControl.noStore())
                .body(feeds.feed(token));
    }
}
