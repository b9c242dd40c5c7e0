@NullMarked
package com.physiopractice.booking.web;

import org.jspecify.annotations.NullMarked;
