package com.physiopractice.content.editorial;

import com.physiopractice.content.ContentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentItems extends JpaRepository<ContentItem, UUID> {

    Page<ContentItem> findByStatusIn(List<ContentStatus> statuses, Pageable page);

    List<ContentItem> findByNextReviewDueLessThanEqualAndStatusNotOrderByNextReviewDueAsc(LocalDate due,
            ContentStatus excluded);

    @Query("select c.id from ContentItem c where c.status = com.physiopractice.content.ContentStatus.IN_REVIEW "
            + "and c.publishAt <= :now order by c.publishAt")
    List<UUID> findDueToGoLive(Instant now);

    boolean existsBySeedKey(String seedKey);

    @Query("select count(c) > 0 from ContentItem c where c.id <> :id and (c.fields.slug = :slug or c.liveSlug = :slug)")
    boolean slugUsedByAnother(UUID id, String slug);

    Optional<ContentItem> findByFieldsSlug(String slug);
}
