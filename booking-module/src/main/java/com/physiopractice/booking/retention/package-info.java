@NullMarked
package com.physiopractice.booking.retention;

import org.jspecify.annotations.NullMarked;
