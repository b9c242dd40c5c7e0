/**
 * The shared kernel: the few technical-free values every module speaks. Typed identities of the
 * people every module refers to, time ({@code time}), domain events ({@code events}) and the
 * refusals a module may answer with ({@code problems}). No framework types, no tables.
 * <p>
 * It is the only open module: every other module may use all of it, and it depends on none of them.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package com.physiopractice.sharedkernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
