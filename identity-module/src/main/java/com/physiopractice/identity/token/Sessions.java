package com.physiopractice.identity.token;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Sessions extends Repository<Session, UUID> {

    Session save(Session session);

    Optional<Session> findById(UUID id);

    @Modifying
    @Query("update Session s set s.revokedAt = :now, s.revokedReason = :reason "
            + "where s.accountId = :accountId and s.revokedAt is null")
    int revokeAllOf(UUID accountId, String reason, Instant now);

    @Modifying
    @Query("update Session s set s.revokedAt = :now, s.revokedReason = :reason "
            + "where s.accountId = :accountId and s.revokedAt is null and s.id <> :kept")
    int revokeAllOfExcept(UUID accountId, UUID kept, String reason, Instant now);
}
