package com.physiopractice.booking.settings;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The therapist's calendar subscription. A calendar service fetches the feed and keeps copies of
 * it, so by default it carries no video room links (they stay in the practice's own emails and
 * answers), and an address stops working after a while: a forgotten subscription does not stay
 * readable for ever.
 *
 * @param includeVideoLinks put each appointment's video room in the feed
 * @param addressLifetime how long a feed address works after it was made (90 days)
 */
@Validated
@ConfigurationProperties("practice.calendar-feed")
public record CalendarFeedSettings(
        @DefaultValue("false") boolean includeVideoLinks,
        @NotNull @DefaultValue("90d") Duration addressLifetime) {
}
