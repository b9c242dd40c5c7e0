package com.physiopractice.fhir.r4;

import com.physiopractice.sharedkernel.problems.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The range a FHIR date search parameter asks for ({@code start=ge2027-01-04&start=lt2027-01-18}),
 * as a half-open interval of instants. A date alone means its whole day in UTC; {@code eq} (or no
 * prefix) the whole of the value's precision.
 */
record SearchDates(@Nullable Instant from, @Nullable Instant until) {

    static SearchDates parse(String parameter, @Nullable List<String> values) {
        Instant from = null;
        Instant until = null;
        for (String value : values == null ? List.<String>of() : values) {
            String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
            String moment = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
            Instant start = startOf(parameter, moment);
            Instant end = endOf(moment, start);
            switch (prefix) {
                case "ge" -> from = later(from, start);
                case "gt" -> from = later(from, end);
                case "lt" -> until = earlier(until, start);
                case "le" -> until = earlier(until, end);
                case "eq" -> {
                    from = later(from, start);
                    until = earlier(until, end);
                }
                default -> throw InvalidInputException.of(parameter,
                        "use the prefixes ge, gt, lt, le or eq, for example " + parameter + "=ge2027-01-04");
            }
        }
        return new SearchDates(from, until);
    }

    private static Instant startOf(String parameter, String moment) {
        try {
            return moment.length() == 10 ? LocalDate.parse(moment).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(moment).toInstant();
        } catch (DateTimeParseException notADate) {
            throw InvalidInputException.of(parameter,
                    "a date (2027-01-04) or a date and time with its offset (2027-01-04T09:00:00Z), after the prefix");
        }
    }

    private static Instant endOf(String moment, Instant start) {
        return moment.length() == 10 ? start.plusSeconds(86_400) : start.plusSeconds(1);
    }

    private static Instant later(@Nullable Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    private static Instant earlier(@Nullable Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    boolean contains(Instant instant) {
        return (from == null || !instant.isBefore(from)) && (until == null || instant.isBefore(until));
    }
}
