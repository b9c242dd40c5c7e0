package com.physiopractice.identity.web;

import com.physiopractice.domain.AccountId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Account ids in paths; a malformed id is a 400 naming the parameter. */
@Component
class AccountIdConverter implements Converter<String, AccountId> {

    @Override
    public AccountId convert(String source) {
        return AccountId.of(source);
    }
}
