@NullMarked
package com.physiopractice.booking.settings;

import org.jspecify.annotations.NullMarked;
