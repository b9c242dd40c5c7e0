package com.physiopractice.records.programme;

import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.platform.LogSafe;
import com.physiopractice.records.EpisodeStatus;
import com.physiopractice.records.episode.Episodes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each patient's daily exercise reminder once her chosen time has passed in her own zone
 * (the notification module writes the email from the event, through its outbox). One node at a
 * time; the day it was sent is kept with the programme in the same transaction as the event.
 */
@Component
class ExerciseReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ExerciseReminderJob.class);
    /** The zone whose date is ahead of every other: a reminder not sent by this date may be due somewhere. */
    private static final ZoneId FIRST_TO_A_NEW_DAY = ZoneId.of("Pacific/Kiritimati");

    private final Programmes programmes;
    private final Episodes episodes;
    private final PatientDirectory patients;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ExerciseReminderJob(Programmes programmes, Episodes episodes, PatientDirectory patients, Clock clock,
            PlatformTransactionManager transactions) {
        this.programmes = programmes;
        this.episodes = episodes;
        this.patients = patients;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${practice.records.reminder-check:5m}")
    @SchedulerLock(name = "records-exercise-reminders", lockAtMostFor = "PT10M")
    void remindDue() {
        for (UUID id : programmes.findReminderCandidates(LocalDate.now(clock.withZone(FIRST_TO_A_NEW_DAY)))) {
            try {
                transaction.executeWithoutResult(status -> programmes.findByIdForUpdate(id).ifPresent(this::remindIfDue));
            } catch (RuntimeException failed) {
                log.warn("Exercise reminder of programme {} not sent: {}", id, LogSafe.summary(failed));
            }
        }
    }

    private void remindIfDue(Programme programme) {
        boolean open = episodes.findById(programme.episode().value())
                .map(episode -> episode.status() == EpisodeStatus.OPEN).orElse(false);
        if (!open) {
            return;
        }
        ZoneId zone = patients.find(programme.patient()).map(PatientProfile::timeZone).orElse(ZoneId.of("UTC"));
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        int exercisesToday = (int) programme.exercises().stream().filter(exercise -> exercise.activeOn(today)).count();
        if (programme.remindIfDue(today, now.toLocalTime(), exercisesToday, clock.instant())) {
            programmes.save(programme);
        }
    }
}
