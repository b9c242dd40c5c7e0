package com.physiopractice.booking.availability;

import com.physiopractice.booking.WorkingPeriod;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface WeeklySchedules extends Repository<WeeklySchedule, UUID> {

    Optional<WeeklySchedule> findById(UUID therapistId);

    WeeklySchedule save(WeeklySchedule schedule);

    /**
     * The periods alone, in one query and without loading the aggregate: every slot listing and
     * booking reads them, and a loaded schedule would cost a second query for its collection and a
     * dirty check of it when the booking's transaction flushes.
     */
    @Query("select new com.physiopractice.booking.WorkingPeriod(p.dayOfWeek, p.startTime, p.endTime) "
            + "from WeeklySchedule s join s.periods p where s.therapistId = :therapistId")
    List<WorkingPeriod> workingPeriodsOf(UUID therapistId);
}
