package com.physiopractice.records.settings;

import com.physiopractice.records.Instrument;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param measuresEveryWeeks review measures are asked this many weeks after the last ones (0: never by time)
 * @param measuresEverySessions or after this many follow-up consultations (0: never by sessions), whichever comes first
 * @param instrumentsSwitchedOff instruments never asked, e.g. one the practice has no licence for (docs/records.md)
 */
@Validated
@ConfigurationProperties("practice.records")
public record RecordsSettings(
        @Min(0) @Max(52) @DefaultValue("4") int measuresEveryWeeks,
        @Min(0) @Max(50) @DefaultValue("4") int measuresEverySessions,
        @DefaultValue({}) Set<Instrument> instrumentsSwitchedOff) {

    public RecordsSettings {
        instrumentsSwitchedOff = Set.copyOf(instrumentsSwitchedOff);
    }

    public boolean asks(Instrument instrument) {
        return !instrumentsSwitchedOff.contains(instrument);
    }
}
