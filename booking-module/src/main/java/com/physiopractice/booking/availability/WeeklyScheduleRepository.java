package com.physiopractice.booking.availability;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

public interface WeeklyScheduleRepository extends Repository<WeeklySchedule, UUID> {

    Optional<WeeklySchedule> findById(UUID therapistId);

    WeeklySchedule save(WeeklySchedule schedule);
}
