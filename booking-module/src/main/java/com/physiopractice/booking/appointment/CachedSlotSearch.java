package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.SlotSearch;
import com.physiopractice.booking.availability.CalendarRevisionCounter;
import com.physiopractice.booking.slots.Schedule;
import com.physiopractice.booking.slots.SlotPolicy;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The free start times of a therapist, by the same rules that booking applies.
 * <p>
 * Listing slots is the practice's most frequent request, and what her calendar leaves open only
 * changes when her calendar does. So each node keeps, per therapist and kind of consultation, the
 * open starts of her whole booking horizon with the {@link CalendarRevisionCounter revision} they were
 * computed at, and every request asks the database for the current revision (one primary-key
 * read, the request's only query): a change made on any node, her move to another time zone
 * included, is seen by the next request everywhere. Notice and horizon, which move with the
 * clock, are applied to each request. Memory: one array of start times per therapist and kind.
 */
@Service
class CachedSlotSearch implements SlotSearch {

    /** Open starts are computed this far past the horizon, so they are recomputed about once a day at most. */
    private static final Duration COVERAGE_BEYOND_HORIZON = Duration.ofDays(1);

    private final ScheduleLoader schedules;
    private final CalendarRevisionCounter revisions;
    private final BookingSettings settings;
    private final SlotPolicy rules;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final Map<OpenStartsKey, OpenStarts> openStarts = new ConcurrentHashMap<>();

    CachedSlotSearch(ScheduleLoader schedules, CalendarRevisionCounter revisions, BookingSettings settings,
            SlotPolicy rules, PlatformTransactionManager transactions, Clock clock) {
        this.schedules = schedules;
        this.revisions = revisions;
        this.settings = settings;
        this.rules = rules;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public List<Slot> between(TherapistId therapistId, String typeCode, LocalDate from, LocalDate to, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (to.isBefore(from)) {
            problems.add(new FieldProblem("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > settings.maxSlotQueryDays()) {
            problems.add(new FieldProblem("to", "at most " + settings.maxSlotQueryDays() + " days after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AppointmentType type = settings.typeOf(typeCode);
        Instant now = clock.instant();
        Instant earliest = max(from.atStartOfDay(zone).toInstant(), rules.earliestStart(now));
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return currentOpenStarts(therapistId, type, now).between(earliest, end, rules.latestStart(now)).stream()
                .map(start -> new Slot(start, start.plus(type.duration()))).toList();
    }

    private OpenStarts currentOpenStarts(TherapistId therapistId, AppointmentType type, Instant now) {
        OpenStartsKey key = new OpenStartsKey(therapistId, type.code());
        OpenStarts known = openStarts.get(key);
        if (known != null && known.holdsFor(revisions.current(therapistId), now, rules.latestStart(now))) {
            return known;
        }
        OpenStarts computed = compute(therapistId, type, now);
        // Two requests may compute at once: the later revision wins.
        return openStarts.merge(key, computed, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
    }

    /** The open starts of the whole horizon, and the revision they belong to, read in one snapshot. */
    private OpenStarts compute(TherapistId therapistId, AppointmentType type, Instant now) {
        return snapshot.execute(status -> {
            // Read first: InnoDB's consistent snapshot starts here, so all read below is at this revision.
            long revision = revisions.current(therapistId);
            TherapistProfile therapist = schedules.activeTherapist(therapistId);
            Instant coveredUntil = rules.latestStart(now).plus(COVERAGE_BEYOND_HORIZON);
            Schedule schedule = schedules.around(therapist, TimeWindow.of(now, coveredUntil));
            List<Instant> starts = rules.openStarts(type, schedule, now, coveredUntil);
            return new OpenStarts(revision, now, coveredUntil, starts.stream().mapToLong(Instant::getEpochSecond).toArray());
        });
    }

    private static Instant max(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private record OpenStartsKey(TherapistId therapist, String typeCode) {
    }

    /** Open starts (epoch seconds, ascending) of {@code [coveredFrom, coveredUntil)} at one calendar revision. */
    private record OpenStarts(long revision, Instant coveredFrom, Instant coveredUntil, long[] starts) {

        /** Same revision, and the period a request at {@code now} can book lies inside what is covered. */
        boolean holdsFor(long currentRevision, Instant now, Instant latestStart) {
            return revision == currentRevision && !now.isBefore(coveredFrom) && latestStart.isBefore(coveredUntil);
        }

        /** Starts in {@code [from, to)} and not after {@code latest}. */
        List<Instant> between(Instant from, Instant to, Instant latest) {
            List<Instant> found = new ArrayList<>();
            for (int i = firstNotBefore(from.getEpochSecond()); i < starts.length; i++) {
                Instant start = Instant.ofEpochSecond(starts[i]);
                if (!start.isBefore(to) || start.isAfter(latest)) {
                    break;
                }
                found.add(start);
            }
            return found;
        }

        private int firstNotBefore(long second) {
            int index = Arrays.binarySearch(starts, second);
            return index >= 0 ? index : -index - 1;
        }
    }
}
