/**
 * Who may do what: sign-in accounts, registration, access and refresh tokens, sign-in throttling,
 * the security filter chain (deny by default) and the caller every controller receives.
 * <p>
 * API: {@link com.physiopractice.identity.access.Caller} and {@link com.physiopractice.identity.access.Role},
 * {@link com.physiopractice.identity.access.EndpointAccess} (how a module declares who may call its
 * endpoints) and {@link com.physiopractice.identity.AccountDirectory}. It tells the audit trail who is
 * acting. Publishes no events. Tables: {@code identity_account}, {@code identity_session},
 * {@code identity_refresh_token}, {@code identity_sign_in_failure}.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"sharedkernel", "platform", "audit", "people"})
@NullMarked
package com.physiopractice.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
