package com.physiopractice.sharedkernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an appointment; it stays the same when the appointment is rescheduled. */
public record AppointmentId(@JsonValue UUID value) implements TypedId {

    public AppointmentId {
        Objects.requireNonNull(value, "AppointmentId needs a value");
    }

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    @JsonCreator
    public static AppointmentId of(String value) {
        return new AppointmentId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
