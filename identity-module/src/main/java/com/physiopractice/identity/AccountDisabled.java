package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * An administrator disabled the account. Published inside the disabling transaction: its sessions
 * end in it too, so there is no moment in which the account is disabled and still signed in.
 */
public record AccountDisabled(AccountId account, Instant occurredAt) implements DomainEvent {
}
