package com.physiopractice.booking.appointment;

import com.physiopractice.booking.settings.VideoSettings;
import com.physiopractice.sharedkernel.SecretToken;
import org.springframework.stereotype.Component;

/**
 * Gives each appointment its own video room: the provider's base URL and 128 random bits, so a
 * room cannot be guessed from another one or from the appointment id.
 */
@Component
class VideoRoomIssuer {

    private final VideoSettings settings;

    VideoRoomIssuer(VideoSettings settings) {
        this.settings = settings;
    }

    String newRoom() {
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        return base + settings.roomPrefix() + SecretToken.hexToken(16);
    }
}
