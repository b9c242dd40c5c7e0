package com.physiopractice.triage.checkin;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

public interface ConsultationCheckIns extends Repository<ConsultationCheckIn, UUID> {

    ConsultationCheckIn save(ConsultationCheckIn checkIn);

    Optional<ConsultationCheckIn> findById(UUID appointmentId);
}
