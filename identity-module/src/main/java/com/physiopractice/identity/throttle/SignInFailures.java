package com.physiopractice.identity.throttle;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SignInFailures extends Repository<SignInFailure, Long> {

    SignInFailure save(SignInFailure failure);

    /**
     * Failure times since {@code since}, newest first. Asked for the single entry at position
     * {@code limit - 1}, it yields the failure whose expiry lifts the block, or nothing when there
     * are fewer than {@code limit} failures.
     */
    @Query("""
            select f.occurredAt from SignInFailure f
            where f.keyKind = :kind and f.keyValue = :value and f.occurredAt > :since
            order by f.occurredAt desc""")
    List<Instant> recentFailureTimes(String kind, String value, Instant since, Pageable page);

    @Modifying
    @Query("delete from SignInFailure f where f.keyKind = :kind and f.keyValue = :value")
    void deleteAllFor(String kind, String value);

    @Modifying
    @Query("delete from SignInFailure f where f.id in :ids")
    void deleteAllById(java.util.Collection<Long> ids);

    /** The lock rows of keys with no failure left. */
    @Modifying
    @Query(value = "DELETE FROM identity_sign_in_throttle_key WHERE NOT EXISTS (SELECT 1 FROM identity_sign_in_failure f "
            + "WHERE f.key_kind = identity_sign_in_throttle_key.key_kind "
            + "AND f.key_value = identity_sign_in_throttle_key.key_value)", nativeQuery = true)
    int deleteIdleKeys();

    /** Makes sure the key has its lock row; does nothing when it has one. */
    @Modifying
    @Query(value = "INSERT IGNORE INTO identity_sign_in_throttle_key (key_kind, key_value) VALUES (:kind, :value)",
            nativeQuery = true)
    void addKey(String kind, String value);

    /** Locks the key's row until the transaction ends: attempts on one key are counted one at a time. */
    @Query(value = "SELECT key_kind FROM identity_sign_in_throttle_key WHERE key_kind = :kind AND key_value = :value "
            + "FOR UPDATE", nativeQuery = true)
    List<String> lockKey(String kind, String value);

    @Modifying
    @Query("delete from SignInFailure f where f.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
