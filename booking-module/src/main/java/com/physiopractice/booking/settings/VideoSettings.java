package com.physiopractice.booking.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The video provider for online consultations.
 *
 * @param baseUrl rooms are made under this URL (default: the public Jitsi Meet service)
 * @param roomPrefix put before each room's random name, so the practice's rooms are recognisable
 */
@Validated
@ConfigurationProperties("practice.video")
public record VideoSettings(
        @NotBlank @Pattern(regexp = "https://.+", message = "must be an https URL") @DefaultValue("https://meet.jit.si/")
        String baseUrl,
        @Pattern(regexp = "[A-Za-z0-9-]*") @DefaultValue("physio-") String roomPrefix) {
}
