package com.physiopractice.triage.intake;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param intakeValidityForBooking an intake older than this cannot be used to book (30 days) */
@Validated
@ConfigurationProperties("practice.triage")
public record TriageSettings(@NotNull @DefaultValue("30d") Duration intakeValidityForBooking) {
}
