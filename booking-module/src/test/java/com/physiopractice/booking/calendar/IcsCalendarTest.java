package com.physiopractice.booking.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.AppointmentCalendar;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.IntakeId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calendar files stay well-formed whatever text they carry. */
class IcsCalendarTest {

    private static final Instant START = Instant.parse("2027-01-20T15:00:00Z");

    @Test
    void noCalendarFileEverContainsABareCarriageReturn() {
        AppointmentView appointment = new AppointmentView(AppointmentId.random(), TherapistId.random(),
                PatientId.random(), "FOLLOW_UP", "Follow-up\ronline consultation", AppointmentStatus.CONFIRMED, START,
                START.plusSeconds(1800), IntakeId.random(), START.minusSeconds(86_400), 0, 0, null,
                "https://meet.example/room", List.of(), null);

        String ics = new IcsCalendar().invitation(appointment,
                new AppointmentCalendar.Party("Physio\rPractice", "practice@example.org"),
                new AppointmentCalendar.Party("Sam\r\nBcc: x", "sam@example.org"), START.minusSeconds(60));

        assertThat(ics).doesNotContainPattern("\r(?!\n)");
        assertThat(ics.lines()).noneMatch(line -> line.startsWith("Bcc:"));
        assertThat(ics).contains("CN=\"Sam  Bcc: x\"").contains("SUMMARY:Follow-up online consultation");
    }

    @Test
    void anEventHasOneStampTheTimeItWasMade() {
        AppointmentView appointment = new AppointmentView(AppointmentId.random(), TherapistId.random(),
                PatientId.random(), "FOLLOW_UP", "Follow-up online consultation", AppointmentStatus.CONFIRMED, START,
                START.plusSeconds(1800), IntakeId.random(), START.minusSeconds(86_400), 0, 0, null,
                "https://meet.example/room", List.of(), null);

        String ics = IcsCalendar.download(appointment, "Follow-up", "Join", START.minusSeconds(60));

        assertThat(ics.lines().filter(line -> line.startsWith("DTSTAMP")).toList())
                .containsExactly("DTSTAMP:20270120T145900Z");
    }
}
