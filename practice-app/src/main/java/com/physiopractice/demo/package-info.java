/**
 * Demo data for the dev run (profile {@code dev}, never with {@code prod}): the practice's first
 * therapist with her weekly hours, and a demo patient, made through the modules' published APIs.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"sharedkernel", "identity", "booking"})
@NullMarked
package com.physiopractice.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
