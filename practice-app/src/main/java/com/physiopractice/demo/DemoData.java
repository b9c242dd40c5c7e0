package com.physiopractice.demo;

import com.physiopractice.booking.Availability;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.identity.AccountDirectory;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets up the demo practice on the first dev run: Dr. Olivia Patel (America/New_York) working
 * weekday mornings and afternoons, and a demo patient. Passwords are generated unless
 * {@code practice.demo.password} is set, and printed once; later starts keep the data as it is.
 */
@Component
@Profile("dev & !prod")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String THERAPIST_EMAIL = "olivia.patel@practice.example";
    static final String PATIENT_EMAIL = "sam.rivera@patient.example";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final AccountDirectory accounts;
    private final Availability availability;
    private final String configuredPassword;

    DemoData(AccountDirectory accounts, Availability availability,
            @Value("${practice.demo.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.availability = availability;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(THERAPIST_EMAIL)) {
            log.info("Demo data is already in place: {} (therapist) and {} (patient), with the passwords printed "
                    + "at their first start.", THERAPIST_EMAIL, PATIENT_EMAIL);
            return;
        }
        String therapistPassword = passwordOrGenerated();
        String patientPassword = passwordOrGenerated();
        TherapistId olivia = accounts.createTherapist(THERAPIST_EMAIL, therapistPassword, "Olivia Patel", "Dr.",
                "America/New_York");
        availability.replaceWeeklyHours(olivia, WeeklyHours.on(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .and(WeeklyHours.on(WEEKDAYS, LocalTime.of(13, 0), LocalTime.of(17, 0))));
        accounts.registerPatient(PATIENT_EMAIL, patientPassword, "Sam Rivera", LocalDate.of(1988, 4, 12), null,
                "Europe/London");
        boolean generated = configuredPassword.isBlank();
        log.warn("""

                ============================ Demo accounts (dev run) ============================
                  therapist  {}  password: {}
                  patient    {}  password: {}
                {}
                =================================================================================""",
                THERAPIST_EMAIL, generated ? therapistPassword : "(practice.demo.password)",
                PATIENT_EMAIL, generated ? patientPassword : "(practice.demo.password)",
                generated ? "These passwords are shown once; the dev database keeps them across restarts." : "");
    }

    private String passwordOrGenerated() {
        if (!configuredPassword.isBlank()) {
            return configuredPassword;
        }
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
