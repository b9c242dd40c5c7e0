package com.physiopractice.booking.web;

import com.physiopractice.booking.AppointmentId;
import com.physiopractice.domain.TherapistId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Typed ids in paths and query parameters; a malformed id is a 400 naming the parameter. */
@Configuration(proxyBeanMethods = false)
class BookingIdConverters {

    @Bean
    Converter<String, AppointmentId> appointmentIdConverter() {
        return new Converter<>() {
            @Override
            public AppointmentId convert(String source) {
                return AppointmentId.of(source);
            }
        };
    }

    @Bean
    Converter<String, TherapistId> therapistIdConverter() {
        return new Converter<>() {
            @Override
            public TherapistId convert(String source) {
                return TherapistId.of(source);
            }
        };
    }
}
