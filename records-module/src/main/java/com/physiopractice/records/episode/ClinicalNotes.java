package com.physiopractice.records.episode;

import com.physiopractice.records.NoteStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ClinicalNotes extends Repository<ClinicalNote, UUID> {

    ClinicalNote save(ClinicalNote note);

    Optional<ClinicalNote> findById(UUID id);

    @Query("select n from ClinicalNote n where n.episodeId = :episodeId order by n.treatedAt, n.writtenAt, n.id")
    List<ClinicalNote> findByEpisodeOldestFirst(UUID episodeId);

    @Query("select count(n) > 0 from ClinicalNote n where n.episodeId = :episodeId and n.authorId = :authorId")
    boolean existsByEpisodeAndAuthor(UUID episodeId, UUID authorId);

    /** Her drafts whose day has ended. */
    @Query("select n from ClinicalNote n where n.authorId = :authorId and n.status = :status and n.dueBy <= :now "
            + "order by n.dueBy, n.id")
    List<ClinicalNote> findPastDue(UUID authorId, NoteStatus status, Instant now);
}
