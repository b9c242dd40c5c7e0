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
    @Query("delete from SignInFailure f where f.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
