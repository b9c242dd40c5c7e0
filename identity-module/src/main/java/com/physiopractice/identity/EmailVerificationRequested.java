package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * A patient registered, or asked for the link again: her address is to be sent a link that
 * verifies it. Carries no token: the link is made when the email is written, so no usable secret
 * waits anywhere but in the email.
 */
public record EmailVerificationRequested(AccountId account, Instant occurredAt) implements DomainEvent {
}
