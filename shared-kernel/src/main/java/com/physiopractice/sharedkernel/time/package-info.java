/**
 * Time as the practice's rules see it. Every rule that depends on "now" takes a
 * {@link java.time.Clock} (one bean in the application, a fixed or adjustable clock in
 * tests), so that notice periods, ages and reminders can be tested at any moment.
 */
@NullMarked
package com.physiopractice.sharedkernel.time;

import org.jspecify.annotations.NullMarked;
