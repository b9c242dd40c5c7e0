package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Role;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * A therapist or an administrator was invited: her address is to be sent the link with which she
 * chooses her own password. Nobody else ever chooses a staff member's password.
 */
public record StaffInvited(AccountId account, Role role, Instant occurredAt) implements DomainEvent {
}
