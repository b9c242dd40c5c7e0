package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * Someone asked to reset the password of this account: its address is to be sent a link that
 * lets her choose a new one. Like the verification, it carries no token.
 */
public record PasswordResetRequested(AccountId account, Instant occurredAt) implements DomainEvent {
}
