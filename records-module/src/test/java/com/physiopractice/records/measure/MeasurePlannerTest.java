package com.physiopractice.records.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.records.BodyRegion;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.episode.Episode;
import com.physiopractice.records.settings.RecordsSettings;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which measures an episode asks: its region's set, less what the practice has switched off. */
class MeasurePlannerTest {

    static final Instant OPENED = Instant.parse("2027-01-13T10:00:00Z");

    static Episode episode(BodyRegion region) {
        return new Episode(EpisodeId.random(), new PatientId(UUID.randomUUID()), new TherapistId(UUID.randomUUID()),
                "Pain", region, null, new AppointmentId(UUID.randomUUID()), OPENED);
    }

    static MeasurePlanner planner(RecordsSettings settings) {
        return new MeasurePlanner(null, settings, null, Clock.systemUTC());
    }

    @Test
    void aSwitchedOffInstrumentIsNeverAsked() {
        RecordsSettings withoutOdi = new RecordsSettings(4, 4, Set.of(Instrument.ODI));
        assertThat(planner(withoutOdi).instrumentsFor(episode(BodyRegion.LOWER_BACK)))
                .containsExactly(Instrument.NPRS, Instrument.PSFS, Instrument.STARTBACK);
        assertThat(planner(new RecordsSettings(4, 4, Set.of())).instrumentsFor(episode(BodyRegion.HIP)))
                .containsExactly(Instrument.NPRS, Instrument.PSFS, Instrument.LEFS);
    }

    @Test
    void reviewMeasuresAreDueByWeeksOrBySessionsWhicheverComesFirst() {
        Episode episode = episode(BodyRegion.LOWER_BACK);
        assertThat(episode.reviewMeasuresDue(OPENED.plusSeconds(86400 * 27), 4, 4)).isFalse();
        assertThat(episode.reviewMeasuresDue(OPENED.plusSeconds(86400 * 28), 4, 4)).isTrue();
        for (int session = 0; session < 3; session++) {
            episode.sessionHeld();
        }
        assertThat(episode.reviewMeasuresDue(OPENED.plusSeconds(60), 4, 4)).isFalse();
        episode.sessionHeld();
        assertThat(episode.reviewMeasuresDue(OPENED.plusSeconds(60), 4, 4)).isTrue();
        assertThat(episode.reviewMeasuresDue(OPENED.plusSeconds(86400 * 400), 0, 0)).as("both off").isFalse();
    }
}
