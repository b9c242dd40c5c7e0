package com.physiopractice.booking.appointment;

import com.physiopractice.booking.VideoSettings;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Gives each appointment its own video room: the provider's base URL and 128 random bits, so a
 * room cannot be guessed from another one or from the appointment id.
 */
@Component
class VideoRooms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VideoSettings settings;

    VideoRooms(VideoSettings settings) {
        this.settings = settings;
    }

    String newRoom() {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        return base + settings.roomPrefix() + HexFormat.of().formatHex(secret);
    }
}
