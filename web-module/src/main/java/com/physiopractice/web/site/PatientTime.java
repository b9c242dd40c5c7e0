package com.physiopractice.web.site;

import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times as a patient reads them: in her own zone, and always saying which zone it is, so a time
 * is never ambiguous when she travels or the clocks change.
 */
@Component
public class PatientTime {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** The zones people live in (no Etc/ or SystemV/ aliases), sorted once: the set never changes while running. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted()
            .toList();

    private final PatientDirectory patients;

    PatientTime(PatientDirectory patients) {
        this.patients = patients;
    }

    /** Her zone as she chose it when she registered or on her profile. */
    public ZoneId zoneOf(PatientId patient) {
        return patients.find(patient).map(PatientProfile::timeZone).orElse(ZoneId.of("UTC"));
    }

    /** For example "Monday 7 December at 09:00 (Europe/London time)". */
    public static String when(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone)) + " at " + TIME.format(instant.atZone(zone)) + " (" + zone.getId()
                + " time)";
    }

    /** The zones a patient chooses from. */
    public static List<String> zones() {
        return ZONES;
    }
}
