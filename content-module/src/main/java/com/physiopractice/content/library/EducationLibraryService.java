package com.physiopractice.content.library;

import com.physiopractice.content.ContentType;
import com.physiopractice.content.EducationLibrary;
import com.physiopractice.content.EducationPiece;
import com.physiopractice.content.PieceSummary;
import com.physiopractice.content.library.PublishedContent.LiveRevision;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published library for readers, over the live revisions kept in {@code content_published}. */
@Service
class EducationLibraryService implements EducationLibrary {

    /** How many pieces "read next" offers. */
    static final int RELATED = 3;

    private final PublishedContent published;
    private final Recommender recommendations;

    EducationLibraryService(PublishedContent published, Recommender recommendations) {
        this.published = published;
        this.recommendations = recommendations;
    }

    @Override
    public List<Picked> pickedFor(PatientId patient, IntakeId intake) {
        RecommendationPolicy.Recommendation picked = recommendations.forIntake(patient, intake).recommendation();
        return picked.recommended().stream().map(pick -> new Picked(pick.piece(), pick.reason())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PieceSummary> find(@Nullable ContentType type, @Nullable String tag, @Nullable String query,
            Pageable page) {
        return published.find(type, tag, query, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Reading read(String slug) {
        Optional<LiveRevision> live = published.findLive(slug);
        if (live.isEmpty()) {
            return published.currentSlugOf(slug).<Reading>map(Reading.Moved::new).orElseGet(Reading.Missing::new);
        }
        Optional<PublishedPiece> piece = published.findLive(live.get().id());
        if (piece.isEmpty()) {
            // Unpublished between the two reads.
            return new Reading.Missing();
        }
        PublishedPiece found = piece.get();
        return new Reading.Found(new EducationPiece(found.slug(), found.type(), found.title(), found.summary(),
                found.html(), found.tags(), related(found), found.reviewedBy(), found.lastReviewedOn(),
                found.nextReviewDue(), found.publishedAt()), live.get().etag());
    }

    @Override
    public Optional<String> notAdvisedFor(PieceSummary exercise, IntakeProfile profile) {
        if (exercise.type() != ContentType.EXERCISE) {
            return Optional.empty();
        }
        return Optional.ofNullable(RecommendationPolicy.unsafeBecause(exercise, RecommendationPolicy.flags(profile)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PieceSummary> everything() {
        return published.ofTypes(EnumSet.allOf(ContentType.class));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> topics() {
        TreeSet<String> topics = new TreeSet<>();
        everything().forEach(piece -> topics.addAll(piece.tags()));
        return List.copyOf(topics);
    }

    /** The pieces it links to first, then others sharing one of its topics, by title. */
    private List<PieceSummary> related(PublishedPiece piece) {
        List<PieceSummary> others = everything().stream().filter(other -> !other.slug().equals(piece.slug())).toList();
        List<PieceSummary> related = new ArrayList<>();
        others.stream().filter(other -> piece.linkedSlugs().contains(other.slug())).forEach(related::add);
        others.stream().filter(other -> !related.contains(other))
                .filter(other -> other.tags().stream().anyMatch(piece.tags()::contains))
                .forEach(related::add);
        return related.stream().limit(RELATED).toList();
    }
}
