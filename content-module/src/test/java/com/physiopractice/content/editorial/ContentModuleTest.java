package com.physiopractice.content.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.library.PublishedContent;
import com.physiopractice.content.library.Recommender;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.people.NewTherapist;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.problems.StaleEditException;
import com.physiopractice.testing.ModuleTest;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.SafetyNet;
import com.physiopractice.triage.TriageClearance;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The content module with the people and the audit trail it builds on, against its own database (with
 * its starting library seeded); triage's profiles of intakes are a stand-in the tests fill.
 */
@ModuleTest(extraIncludes = {"people", "audit"})
class ContentModuleTest {

    private static final Map<IntakeId, IntakeProfile> PROFILES = new ConcurrentHashMap<>();
    private static final PatientId PATIENT = PatientId.random();

    @TestConfiguration(proxyBeanMethods = false)
    static class Triage {

        @Bean
        TriageClearance triageClearance() {
            return new TriageClearance() {
                @Override
                public BookingClearance forBooking(PatientId patient, IntakeId intake) {
                    return BookingClearance.NOT_FOUND;
                }

                @Override
                public Optional<IntakeProfile> profile(PatientId patient, IntakeId intake) {
                    return patient.equals(PATIENT) ? Optional.ofNullable(PROFILES.get(intake)) : Optional.empty();
                }

                @Override
                public Optional<SafetyNet> safetyNet(PatientId patient, IntakeId intake) {
                    return Optional.empty();
                }
            };
        }
    }

    @Autowired
    EditorialService editorial;

    @Autowired
    PublishedContent library;

    @Autowired
    Recommender recommender;

    @Autowired
    TherapistDirectory therapists;

    TherapistId olivia;
    AccountId author = AccountId.random();

    @BeforeEach
    void theTherapist() {
        olivia = therapists.add(new NewTherapist("Olivia Patel", "Dr.", ZoneId.of("America/New_York"))).id();
    }

    private static String slug() {
        return "walking-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ContentFields fields(String slug, String body) {
        return new ContentFields(slug, "Walking for your back", "Short walks help most back pain settle.", body,
                List.of("self-care"), List.of("walk"), null, null, null);
    }

    private ContentItem published(String slug, String body) {
        ContentItem item = editorial.create(author, ContentType.ARTICLE, fields(slug, body));
        editorial.submitForReview(item.id());
        return editorial.publish(olivia, item.id(), null);
    }

    @Test
    void aPiecePublishedByTheTherapistIsLiveWithHerNameAsReviewer() {
        String slug = slug();
        ContentItem item = published(slug, "Walk for ten minutes, **twice a day**.");

        assertThat(item.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(library.findLive(slug)).isPresent();
        assertThat(library.findLive(item.id()).orElseThrow()).satisfies(piece -> {
            assertThat(piece.reviewedBy()).isEqualTo("Dr. Olivia Patel");
            assertThat(piece.html()).contains("<strong>twice a day</strong>");
        });
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedAndSavesNothing() {
        ContentItem item = editorial.create(author, ContentType.ARTICLE, fields(slug(), "First words."));
        long opened = item.version();
        editorial.edit(author, item.id(), opened, fields(item.fields().slug(), "Second words."));

        assertThatThrownBy(() -> editorial.edit(author, item.id(), opened, fields(item.fields().slug(), "Lost words.")))
                .isInstanceOfSatisfying(StaleEditException.class, refused -> assertThat(refused.code()).isEqualTo("stale-edit"));
        assertThat(editorial.read(item.id()).fields().bodyMarkdown()).isEqualTo("Second words.");
        assertThat(editorial.revisions(item.id())).hasSize(2);
    }

    @Test
    void aPieceOthersLinkToIsNotArchivedAndALinkToADraftIsNotPublished() {
        String target = slug();
        ContentItem linked = published(target, "The basics.");
        published(slug(), "Read [the basics](/content/" + target + ") first.");

        assertThatThrownBy(() -> editorial.archive(linked.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("content-still-linked"));
        ContentItem draft = editorial.create(author, ContentType.ARTICLE, fields(slug(), "Draft."));
        ContentItem linking = editorial.create(author, ContentType.ARTICLE,
                fields(slug(), "See [the draft](/content/" + draft.fields().slug() + ")."));
        editorial.submitForReview(linking.id());
        assertThatThrownBy(() -> editorial.publish(olivia, linking.id(), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("links-to-unpublished-content"));
    }

    @Test
    void anIntakeNeedingADoctorFirstIsRecommendedWhatToDoNowAndNoExercise() {
        IntakeId urgent = IntakeId.random();
        PROFILES.put(urgent, new IntakeProfile(urgent, Disposition.URGENT_MEDICAL, List.of(), false));

        var recommendation = recommender.forIntake(PATIENT, urgent).recommendation();

        assertThat(recommendation.urgentGuidanceOnly()).isTrue();
        assertThat(recommendation.recommended()).isNotEmpty()
                .allSatisfy(pick -> assertThat(pick.piece().type()).isNotEqualTo(ContentType.EXERCISE));
        assertThatThrownBy(() -> recommender.forIntake(PatientId.random(), urgent)).isInstanceOf(NotFoundException.class);
    }
}
