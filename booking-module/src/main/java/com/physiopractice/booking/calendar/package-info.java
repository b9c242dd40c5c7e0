@NullMarked
package com.physiopractice.booking.calendar;

import org.jspecify.annotations.NullMarked;
