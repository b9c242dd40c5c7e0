@NullMarked
package com.physiopractice.booking.appointment;

import org.jspecify.annotations.NullMarked;
