package com.physiopractice.identity;

import java.time.Instant;

/**
 * A single-use link for an account's owner, made for one email: where to send it, the token the
 * link carries (kept nowhere else but as its hash), and when it stops working.
 */
public record EmailLink(String email, String recipientName, String token, Instant expiresAt) {
}
