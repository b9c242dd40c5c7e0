@NullMarked
package com.physiopractice.booking.slots;

import org.jspecify.annotations.NullMarked;
