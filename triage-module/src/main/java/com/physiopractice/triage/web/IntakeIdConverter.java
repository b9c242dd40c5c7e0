package com.physiopractice.triage.web;

import com.physiopractice.triage.IntakeId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets controllers take an {@link IntakeId} path variable; a malformed id is a 400 naming the parameter. */
@Component
class IntakeIdConverter implements Converter<String, IntakeId> {

    @Override
    public IntakeId convert(String source) {
        return IntakeId.of(source);
    }
}
