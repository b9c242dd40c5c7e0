/** From the questionnaire to a booked consultation: the intake, its result, and (next) the choice of a time. */
@NullMarked
package com.physiopractice.web.booking;

import org.jspecify.annotations.NullMarked;
