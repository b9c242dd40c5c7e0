package com.physiopractice.content.editorial;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentRevisions extends JpaRepository<ContentRevision, Long> {

    List<ContentRevision> findByItemIdOrderByNumberDesc(UUID itemId);

    Optional<ContentRevision> findByItemIdAndNumber(UUID itemId, int number);
}
