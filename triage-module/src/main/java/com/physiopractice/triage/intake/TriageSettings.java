package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.Ruleset;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param intakeValidityForBooking an intake older than this cannot be used to book (30 days)
 * @param activeRuleset the ruleset (and its questionnaire) that assesses new intakes and check-ins;
 *        stored intakes keep the one they were assessed with. An unknown version stops the start.
 * @param intakesPerPatientPerDay intake forms (and, separately, check-ins) one patient may send a day
 * @param intakesPerAddressPerHour intake forms one client address may send an hour
 */
@Validated
@ConfigurationProperties("practice.triage")
public record TriageSettings(
        @NotNull @DefaultValue("30d") Duration intakeValidityForBooking,
        @NotBlank @DefaultValue("lbhp-2") String activeRuleset,
        @Min(1) @DefaultValue("20") int intakesPerPatientPerDay,
        @Min(1) @DefaultValue("60") int intakesPerAddressPerHour) {

    public TriageSettings {
        Ruleset.ofVersion(activeRuleset);
    }

    public Ruleset ruleset() {
        return Ruleset.ofVersion(activeRuleset);
    }
}
