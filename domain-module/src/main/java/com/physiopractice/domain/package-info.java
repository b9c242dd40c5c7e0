/**
 * The shared domain model every module builds on: typed identities, the people the
 * practice deals with (patients and therapists), time, domain events and problem types.
 * <p>
 * It is an open module: every other module may use all of it, and it depends on none of them.
 */
@ApplicationModule(displayName = "Shared domain", type = ApplicationModule.Type.OPEN)
package com.physiopractice.domain;

import org.springframework.modulith.ApplicationModule;
