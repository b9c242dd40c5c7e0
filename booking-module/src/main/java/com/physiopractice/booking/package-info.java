/**
 * Online consultation booking: the therapist's weekly hours and time off, free slots, and
 * appointments. Its root package is the module's published API; sub-packages are internal.
 */
@ApplicationModule(displayName = "Booking")
package com.physiopractice.booking;

import org.springframework.modulith.ApplicationModule;
