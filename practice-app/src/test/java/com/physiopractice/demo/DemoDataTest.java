package com.physiopractice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.Availability;
import com.physiopractice.booking.WorkingPeriod;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The demo practice of the dev run, set up once and kept as it is on later starts. */
@PracticeIntegrationTest
class DemoDataTest {

    private static final String DEMO_PASSWORD = "Demo practice password for tests";

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Availability availability;

    @Autowired
    ApplicationContext context;

    @Test
    void isNotPartOfTheApplicationOutsideTheDevProfile() {
        assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
    }

    @Test
    void setsUpDoctorPatelWithWeekdayHoursAndADemoPatientOnlyOnce() throws Exception {
        DemoData demo = new DemoData(accounts, availability, DEMO_PASSWORD);

        demo.run(null);
        demo.run(null);

        Api api = Api.on(port);
        SignedIn olivia = TestAccounts.signIn(api, DemoData.THERAPIST_EMAIL, DEMO_PASSWORD);
        assertThat(olivia.profile().path("fullName").asString()).isEqualTo("Olivia Patel");
        assertThat(olivia.profile().path("title").asString()).isEqualTo("Dr.");
        assertThat(olivia.profile().path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(availability.weeklyHoursOf(TherapistId.of(olivia.therapistId())).periods())
                .hasSize(10)
                .contains(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new WorkingPeriod(DayOfWeek.FRIDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)))
                .noneMatch(period -> period.day() == DayOfWeek.SATURDAY || period.day() == DayOfWeek.SUNDAY);
        assertThat(TestAccounts.signIn(api, DemoData.PATIENT_EMAIL, DEMO_PASSWORD).profile().path("role").asString())
                .isEqualTo("PATIENT");
    }
}
