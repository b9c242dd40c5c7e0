package com.physiopractice.booking.availability;

import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.booking.WorkingPeriod;
import com.physiopractice.sharedkernel.TherapistId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One therapist's weekly hours; versioned so two concurrent edits cannot silently merge. */
@Entity
@Table(name = "booking_weekly_schedule")
public class WeeklySchedule {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID therapistId;

    @ElementCollection
    @CollectionTable(name = "booking_working_period", joinColumns = @JoinColumn(name = "therapist_id"))
    private List<Period> periods = new ArrayList<>();

    /** Null until first stored: Spring Data then persists rather than merges (a merge first reads the row). */
    @Version
    private Long version;

    protected WeeklySchedule() {
        // for JPA
    }

    public WeeklySchedule(TherapistId therapist) {
        this.therapistId = therapist.value();
    }

    public void replace(WeeklyHours hours) {
        periods.clear();
        hours.periods().forEach(period -> periods.add(new Period(period)));
    }

    public WeeklyHours hours() {
        return new WeeklyHours(periods.stream().map(Period::toWorkingPeriod).toList());
    }

    @Embeddable
    static class Period {

        @Enumerated(EnumType.STRING)
        private DayOfWeek dayOfWeek;

        private LocalTime startTime;

        private LocalTime endTime;

        protected Period() {
            // for JPA
        }

        Period(WorkingPeriod period) {
            this.dayOfWeek = period.day();
            this.startTime = period.start();
            this.endTime = period.end();
        }

        WorkingPeriod toWorkingPeriod() {
            return new WorkingPeriod(dayOfWeek, startTime, endTime);
        }
    }
}
