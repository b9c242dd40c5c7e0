package com.physiopractice.fhir.r4;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param practiceName the Organization's name
 * @param maxSlotSearchDays the longest start range one Slot search may ask for: the slots are
 *        computed on each search, as the booking pages do
 */
@Validated
@ConfigurationProperties("practice.fhir")
record FhirSettings(@NotBlank @DefaultValue("Dr. Olivia Patel's physiotherapy practice") String practiceName,
        @Min(1) @Max(92) @DefaultValue("31") int maxSlotSearchDays) {
}
