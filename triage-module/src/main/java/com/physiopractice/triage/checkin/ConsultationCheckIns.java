package com.physiopractice.triage.checkin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ConsultationCheckIns extends Repository<ConsultationCheckIn, UUID> {

    ConsultationCheckIn save(ConsultationCheckIn checkIn);

    Optional<ConsultationCheckIn> findById(UUID appointmentId);

    /** With their answers, in one query. */
    @Query("select distinct c from ConsultationCheckIn c left join fetch c.answers where c.appointmentId in :appointmentIds")
    List<ConsultationCheckIn> findAllWithAnswers(Collection<UUID> appointmentIds);
}
