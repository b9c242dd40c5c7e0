/**
 * What every module relies on but none owns: the clock, schema migrations in module order, HTTP
 * error answers as problem+json (every {@code DomainRefusal} of the shared kernel gets its status
 * here), request limits, scheduling locks and the OpenAPI document.
 * <p>
 * Its root package is what other modules may use ({@link com.physiopractice.platform.ProblemType},
 * {@link com.physiopractice.platform.ProblemWriter}); sub-packages are internal. A shared module:
 * every module test starts it too.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "sharedkernel")
@NullMarked
package com.physiopractice.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
