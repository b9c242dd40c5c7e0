/**
 * Booking as the patient pages do it: the API's own use cases (booking, moving, cancelling,
 * reading, calendar files) behind the module's {@code OnlineBooking}, with nothing of their own.
 */
@NullMarked
package com.physiopractice.booking.online;

import org.jspecify.annotations.NullMarked;
