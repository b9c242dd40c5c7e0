package com.physiopractice.content.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Editorial and reading settings, validated at start-up.
 *
 * @param reviewInterval how long a medical review stays current (12 months by default)
 * @param maxPageSize the most pieces one list or search page returns
 * @param scheduledPublishingDelay how often due scheduled publications are looked for
 * @param medicalDisclaimer shown with every piece of published content
 */
@Validated
@ConfigurationProperties("practice.content")
public record ContentSettings(
        @NotNull @DefaultValue("P12M") Period reviewInterval,
        @Min(1) @Max(100) @DefaultValue("50") int maxPageSize,
        @NotNull @DefaultValue("30s") Duration scheduledPublishingDelay,
        @NotBlank @DefaultValue("This information is general education, not a diagnosis or a substitute for advice from "
                + "a doctor or physiotherapist who has assessed you. If you lose control of your bladder or bowels, have "
                + "numbness around your groin or buttocks, or your legs become weak or numb, seek emergency care at once.")
        String medicalDisclaimer) {
}
