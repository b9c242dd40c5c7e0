/**
 * The practice application: its application modules are the packages below this one that say so
 * ({@code @ApplicationModule} in their {@code package-info}); see {@code docs/architecture.md}.
 */
@NullMarked
package com.physiopractice;

import org.jspecify.annotations.NullMarked;
