@NullMarked
package com.physiopractice.booking.availability;

import org.jspecify.annotations.NullMarked;
