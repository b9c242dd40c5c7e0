package com.physiopractice.booking.availability;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TimeOffs extends Repository<TimeOff, UUID> {

    TimeOff save(TimeOff timeOff);

    Optional<TimeOff> findById(UUID id);

    void delete(TimeOff timeOff);

    @Query("""
            select new com.physiopractice.sharedkernel.time.TimeWindow(t.startAt, t.endAt) from TimeOff t
            where t.therapistId = :therapistId and t.startAt < :to and t.endAt > :from""")
    List<com.physiopractice.sharedkernel.time.TimeWindow> findOverlappingTimes(UUID therapistId, Instant from, Instant to);

    @Query("select t from TimeOff t where t.therapistId = :therapistId and t.startAt < :to and t.endAt > :from "
            + "order by t.startAt")
    List<TimeOff> findOverlapping(UUID therapistId, Instant from, Instant to);

    @Query("select t from TimeOff t where t.therapistId = :therapistId and t.endAt > :after order by t.startAt")
    List<TimeOff> findEndingAfter(UUID therapistId, Instant after);
}
