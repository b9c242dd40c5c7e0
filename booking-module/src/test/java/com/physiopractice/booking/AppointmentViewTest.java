package com.physiopractice.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.IntakeId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentViewTest {

    static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    static AppointmentView appointment(AppointmentStatus status) {
        return new AppointmentView(AppointmentId.random(), TherapistId.random(), PatientId.random(), "FOLLOW_UP",
                "Follow-up online consultation", status, START, START.plusSeconds(1800), IntakeId.random(),
                START.minusSeconds(86_400), 0, 0, null, "https://meet.example/room", List.of(), null);
    }

    @Test
    void theVideoRoomOpensTenMinutesBeforeTheStartAndClosesAtTheEnd() {
        AppointmentView booked = appointment(AppointmentStatus.CONFIRMED);
        assertThat(booked.roomOpenAt(START.minusSeconds(601))).isFalse();
        assertThat(booked.roomOpenAt(START.minusSeconds(600))).isTrue();
        assertThat(booked.roomOpenAt(START.plusSeconds(1799))).isTrue();
        assertThat(booked.roomOpenAt(START.plusSeconds(1800))).isFalse();
    }

    @Test
    void aCancelledConsultationHasNoRoomToJoin() {
        assertThat(appointment(AppointmentStatus.CANCELLED).roomOpenAt(START)).isFalse();
        assertThat(appointment(AppointmentStatus.LATE_CANCELLED).roomOpenAt(START)).isFalse();
    }
}
