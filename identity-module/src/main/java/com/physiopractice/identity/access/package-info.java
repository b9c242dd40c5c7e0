/**
 * Who is calling, for every module that serves endpoints: the {@link com.physiopractice.identity.access.Caller}
 * a controller receives, the {@link com.physiopractice.identity.access.Role}s, and
 * {@link com.physiopractice.identity.access.EndpointAccess}, how a module declares which roles may
 * call its endpoints. The identity module's second published surface, beside its root package
 * (the accounts other modules may look up).
 */
@NamedInterface("access")
@NullMarked
package com.physiopractice.identity.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
