/**
 * What every module's tests share: the local database every Spring context of a test JVM uses
 * ({@link com.physiopractice.testing.LocalDatabase}) and the practice clock of tests
 * ({@link com.physiopractice.testing.AdjustableClock}). Test scope only; never in the production jar.
 */
@NullMarked
package com.physiopractice.testing;

import org.jspecify.annotations.NullMarked;
