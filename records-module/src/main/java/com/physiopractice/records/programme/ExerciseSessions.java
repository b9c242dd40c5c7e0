package com.physiopractice.records.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ExerciseSessions extends Repository<ExerciseSession, UUID> {

    ExerciseSession save(ExerciseSession session);

    @Query("select s from ExerciseSession s where s.programmeId = :programmeId order by s.doneOn, s.loggedAt")
    List<ExerciseSession> findByProgramme(UUID programmeId);

    @Query("select s from ExerciseSession s where s.programmeId = :programmeId and s.doneOn = :day")
    List<ExerciseSession> findByProgrammeAndDay(UUID programmeId, LocalDate day);
}
