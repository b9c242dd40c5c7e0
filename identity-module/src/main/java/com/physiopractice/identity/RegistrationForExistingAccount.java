package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * Someone registered with the address of an existing account. The answer to the registration is
 * the same as for a new address (nothing is revealed); the address's owner is told by email that
 * she already has an account.
 */
public record RegistrationForExistingAccount(AccountId account, Instant occurredAt) implements DomainEvent {
}
