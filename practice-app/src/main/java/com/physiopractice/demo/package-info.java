/**
 * Demo data for the dev run (profile {@code dev}, never with {@code prod}): the practice's first
 * therapist with her weekly hours, and a demo patient.
 */
@ApplicationModule(displayName = "Demo data")
package com.physiopractice.demo;

import org.springframework.modulith.ApplicationModule;
