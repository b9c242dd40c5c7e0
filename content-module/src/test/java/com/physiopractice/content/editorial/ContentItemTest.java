package com.physiopractice.content.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.sharedkernel.problems.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editorial workflow of one piece: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, every save a new revision. */
class ContentItemTest {

    private static final Instant NOW = Instant.parse("2027-01-12T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 12);

    private static ContentFields fields(String slug, String title) {
        return new ContentFields(slug, title, "A summary.", "Some **body**.", List.of("self-care"), List.of(), null, null,
                null);
    }

    private static ContentItem draft() {
        return ContentItem.draft(ContentType.ARTICLE, fields("walking", "Walking"), 6.0, NOW, TODAY);
    }

    @Test
    void aNewDraftIsRevisionOneAndDueForReviewAtOnce() {
        ContentItem item = draft();

        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.draftRevision()).isOne();
        assertThat(item.liveRevision()).isNull();
        assertThat(item.nextReviewDue()).isEqualTo(TODAY);
    }

    @Test
    void onlyADraftGoesToReviewAndOnlyAPieceInReviewIsApproved() {
        ContentItem item = draft();
        assertThatThrownBy(() -> item.approve("Dr. Olivia Patel", TODAY, Period.ofMonths(12), NOW, NOW))
                .isInstanceOf(ConflictException.class);

        item.submitForReview(NOW);
        assertThatThrownBy(() -> item.submitForReview(NOW)).isInstanceOf(ConflictException.class);
        item.approve("Dr. Olivia Patel", TODAY, Period.ofMonths(12), NOW, NOW);
        item.goLive(NOW);

        assertThat(item.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(item.liveRevision()).isOne();
        assertThat(item.reviewedBy()).isEqualTo("Dr. Olivia Patel");
        assertThat(item.nextReviewDue()).isEqualTo(TODAY.plusMonths(12));
    }

    @Test
    void editingWhatIsInReviewSendsItBackToDraftAndCancelsAScheduledPublication() {
        ContentItem item = draft();
        item.submitForReview(NOW);
        item.approve("Dr. Olivia Patel", TODAY, Period.ofMonths(12), NOW.plusSeconds(3600), NOW);
        assertThat(item.isDueToGoLive(NOW.plusSeconds(3600))).isTrue();

        item.edit(fields("walking", "Walking every day"), 6.5, NOW.plusSeconds(60));

        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.draftRevision()).isEqualTo(2);
        assertThat(item.publishAt()).isNull();
        assertThat(item.isDueToGoLive(NOW.plusSeconds(7200))).isFalse();
    }

    @Test
    void goingLiveUnderANewSlugNamesTheOldOneForItsRedirect() {
        ContentItem item = draft();
        item.submitForReview(NOW);
        item.approve("Dr. Olivia Patel", TODAY, Period.ofMonths(12), NOW, NOW);
        assertThat(item.goLive(NOW)).isNull();

        item.edit(fields("walking-for-back-pain", "Walking"), 6.0, NOW);
        item.submitForReview(NOW);
        item.approve("Dr. Olivia Patel", TODAY, Period.ofMonths(12), NOW, NOW);

        assertThat(item.goLive(NOW)).isEqualTo("walking");
        assertThat(item.liveSlug()).isEqualTo("walking-for-back-pain");
        assertThat(item.liveRevision()).isEqualTo(2);
    }

    @Test
    void anArchivedPieceIsNeitherEditedNorArchivedAgain() {
        ContentItem item = draft();
        item.archive(NOW);

        assertThat(item.status()).isEqualTo(ContentStatus.ARCHIVED);
        assertThat(item.liveRevision()).isNull();
        assertThatThrownBy(() -> item.edit(fields("walking", "Again"), 6.0, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> item.archive(NOW)).isInstanceOf(ConflictException.class)
                .satisfies(refused -> assertThat(((ConflictException) refused).code()).isEqualTo("content-workflow"));
    }
}
