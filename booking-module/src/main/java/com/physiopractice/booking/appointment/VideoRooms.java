package com.physiopractice.booking.appointment;

import com.physiopractice.booking.VideoSettings;
import com.physiopractice.domain.access.Secrets;
import org.springframework.stereotype.Component;

/**
 * Gives each appointment its own video room: the provider's base URL and 128 random bits, so a
 * room cannot be guessed from another one or from the appointment id.
 */
@Component
class VideoRooms {

    private final VideoSettings settings;

    VideoRooms(VideoSettings settings) {
        this.settings = settings;
    }

    String newRoom() {
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        return base + settings.roomPrefix() + Secrets.hexToken(16);
    }
}
