package com.physiopractice.identity.token;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RefreshTokens extends Repository<RefreshToken, String> {

    RefreshToken save(RefreshToken token);

    Optional<RefreshToken> findById(String tokenHash);

    /**
     * Marks the token used if, and only if, nobody used it before: of two concurrent refreshes
     * with the same token exactly one sees 1; the other is treated as reuse.
     */
    @Modifying
    @Query("update RefreshToken t set t.usedAt = :now where t.tokenHash = :tokenHash and t.usedAt is null")
    int markUsed(String tokenHash, Instant now);

    @Modifying
    @Query("delete from RefreshToken t where t.sessionId = :sessionId")
    void deleteAllOf(UUID sessionId);
}
