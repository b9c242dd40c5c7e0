package com.physiopractice.web.booking;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Part of a booking page's address or form is not one the pages make (an unknown kind of consultation). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadAddressException extends RuntimeException {

    BadAddressException() {
        super("not an address the booking pages make", null, false, false);
    }
}
