/**
 * A second factor for signing in: TOTP codes (RFC 6238) from an authenticator app, and single-use
 * recovery codes for when the phone is lost. Required for staff in production.
 */
@NullMarked
package com.physiopractice.identity.secondfactor;

import org.jspecify.annotations.NullMarked;
