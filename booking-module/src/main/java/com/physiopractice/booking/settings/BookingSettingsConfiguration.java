package com.physiopractice.booking.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import com.physiopractice.booking.slots.SlotPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The booking rules and the video provider, validated at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BookingSettings.class, VideoSettings.class, CalendarFeedSettings.class})
class BookingSettingsConfiguration {

    /** The one implementation of "can this appointment start then?", for slot lists and bookings alike. */
    @Bean
    SlotPolicy slotRules(BookingSettings settings) {
        return new SlotPolicy(settings);
    }
}
