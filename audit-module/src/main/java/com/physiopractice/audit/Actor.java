package com.physiopractice.audit;

/**
 * Who did something, as the trail keeps it: an account and the role it acted in, never a name.
 *
 * @param account the account's id
 * @param role the role's code, e.g. {@code THERAPIST}
 */
public record Actor(String account, String role) {
}
