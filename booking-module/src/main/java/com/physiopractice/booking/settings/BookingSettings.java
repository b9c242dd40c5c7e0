package com.physiopractice.booking.settings;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The practice's booking rules, validated at start-up. Defaults are those of the booking rules
 * document.
 *
 * @param slotStep start times are aligned to this step of the therapist's local clock
 * @param buffer kept free after every appointment; no other appointment may start or run inside it
 * @param minimumNotice how long before its start an appointment can still be booked
 * @param horizon how far ahead appointments can be booked
 * @param changeWindow patients may cancel or reschedule until this long before the start; a later
 *        cancellation is LATE_CANCELLED and a later reschedule is refused
 * @param maxActiveBookingsPerPatient future CONFIRMED appointments a patient may hold at once
 * @param maxSlotQueryDays the longest period one slot query may cover
 * @param idempotencyKeyLifetime how long the first answer to an {@code Idempotency-Key} is kept for
 *        repeats (a client retries within minutes; keeping keys for ever would grow the table with
 *        every booking)
 */
@Validated
@ConfigurationProperties("practice.booking")
public record BookingSettings(
        @NotEmpty @Valid @Nullable List<TypeSetting> appointmentTypes,
        @NotNull @DefaultValue("15m") Duration slotStep,
        @NotNull @DefaultValue("10m") Duration buffer,
        @NotNull @DefaultValue("12h") Duration minimumNotice,
        @NotNull @DefaultValue("60d") Duration horizon,
        @NotNull @DefaultValue("24h") Duration changeWindow,
        @Min(1) @DefaultValue("3") int maxActiveBookingsPerPatient,
        @Min(1) @Max(92) @DefaultValue("31") int maxSlotQueryDays,
        @NotNull @DefaultValue("24h") Duration idempotencyKeyLifetime) {

    /**
     * The database keeps appointments apart in steps of this size, so every length the rules use
     * must be a whole number of them.
     */
    public static final Duration GRID = Duration.ofMinutes(5);

    /** What the practice offers unless configured otherwise. */
    static final List<TypeSetting> PRACTICE_TYPES = List.of(
            new TypeSetting("INITIAL_CONSULTATION", "Initial online consultation", 60, "ONLINE_VIDEO"),
            new TypeSetting("FOLLOW_UP", "Follow-up online consultation", 30, "ONLINE_VIDEO"));

    public BookingSettings {
        appointmentTypes = appointmentTypes == null || appointmentTypes.isEmpty() ? PRACTICE_TYPES : appointmentTypes;
    }

    public record TypeSetting(@NotNull String code, @NotNull String name, @Min(5) int durationMinutes,
            @NotNull @DefaultValue("ONLINE_VIDEO") String mode) {
    }

    public List<AppointmentType> types() {
        return appointmentTypes.stream()
                .map(type -> new AppointmentType(type.code(), type.name(), Duration.ofMinutes(type.durationMinutes()),
                        type.mode()))
                .toList();
    }

    /** The kind of consultation with this code; a request naming another is told which codes there are. */
    public AppointmentType typeOf(@Nullable String code) {
        return findType(code).orElseThrow(() -> InvalidInputException.of("type", "unknown appointment type '" + code + "'; allowed: "
                        + types().stream().map(AppointmentType::code).toList()));
    }

    /** The kind of consultation with this code, if the practice offers it. */
    public java.util.Optional<AppointmentType> findType(@Nullable String code) {
        return types().stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** The name patients see for this code (the code itself for a kind no longer offered). */
    public String nameOf(String code) {
        return findType(code).map(AppointmentType::name).orElse(code);
    }

    /** The longest kind of consultation: how far back an appointment reaching into a period can start. */
    public Duration longestAppointment() {
        return types().stream().map(AppointmentType::duration).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    @AssertTrue(message = "slot step, buffer and appointment lengths must be whole multiples of 5 minutes")
    boolean isOnTheGrid() {
        if (appointmentTypes == null || slotStep == null || buffer == null) {
            return true;
        }
        return Stream.concat(Stream.of(slotStep, buffer),
                        appointmentTypes.stream().map(type -> Duration.ofMinutes(type.durationMinutes())))
                .allMatch(length -> !length.isNegative() && length.toSeconds() % GRID.toSeconds() == 0)
                && !slotStep.isZero();
    }
}
