package com.physiopractice.web.practice;

import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.IntakeReviews;
import com.physiopractice.web.site.PageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One patient's timeline: her intakes (with the disposition that applies now) and her
 * consultations with this therapist, missed and late-cancelled ones named as such. Never cached:
 * health data, read and audited as through the API.
 */
@Controller
class PracticePatientPages {

    private final PatientDirectory patients;
    private final IntakeReviews reviews;
    private final PracticeDiary diary;
    private final Workspace workspace;

    PracticePatientPages(PatientDirectory patients, IntakeReviews reviews, PracticeDiary diary, Workspace workspace) {
        this.patients = patients;
        this.reviews = reviews;
        this.diary = diary;
        this.workspace = workspace;
    }

    @GetMapping("/practice/patients/{id}")
    String patient(@PathVariable PatientId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        PatientProfile patient = patients.find(id).orElseThrow(PageNotFoundException::new);
        ZoneId zone = workspace.zoneOf(therapist);
        model.addAttribute("patient", patient);
        model.addAttribute("intakes", reviews.ofPatient(therapist, id).stream()
                .map(intake -> PracticeIntakePages.row(intake, zone, workspace)).toList());
        model.addAttribute("consultations", diary.withPatient(therapist, id).stream()
                .map(appointment -> PracticeIntakePages.consultationLine(appointment, zone, workspace)).toList());
        return "practice/patient";
    }
}
