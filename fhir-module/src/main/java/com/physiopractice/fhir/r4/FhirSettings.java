package com.physiopractice.fhir.r4;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param practiceName the Organization's name
 * @param retention how long a closed account's health record is kept after her last contact (8 years:
 *        the NHS records-management code's minimum for an adult's record)
 * @param maxSlotSearchDays the longest start range one Slot search may ask for: the slots are
 *        computed on each search, as the booking pages do
 */
@Validated
@ConfigurationProperties("practice.fhir")
record FhirSettings(@NotBlank @DefaultValue("Dr. Olivia Patel's physiotherapy practice") String practiceName,
        @Min(1) @Max(92) @DefaultValue("31") int maxSlotSearchDays,
        @NotNull @DefaultValue("2922d") Duration retention) {
}
