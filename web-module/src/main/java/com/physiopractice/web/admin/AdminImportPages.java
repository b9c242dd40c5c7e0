package com.physiopractice.web.admin;

import com.physiopractice.imports.ImportRejectedException;
import com.physiopractice.imports.ImportReport;
import com.physiopractice.imports.PracticeImport;
import com.physiopractice.imports.PracticeImport.ImportFiles;
import com.physiopractice.platform.UploadEndpoint;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.web.site.PatientTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator imports the practice's patients and future appointments from the system it
 * leaves: she checks the files first (nothing is stored, every refused row is listed with why),
 * then imports them, all or nothing. The files are not kept between the two: she chooses them again.
 */
@Controller
class AdminImportPages {

    static final String PATH = "/admin/import";

    private final PracticeImport imports;
    private final MessageSource messages;

    AdminImportPages(PracticeImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The page's form posts the files: the platform lets this path, and the API's, take multipart. */
    @Bean
    static UploadEndpoint importPageUpload() {
        return new UploadEndpoint(HttpMethod.POST, PATH, DataSize.ofMegabytes(10));
    }

    @GetMapping(PATH)
    String form(HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("timeZone")) {
            model.addAttribute("timeZone", "Europe/London");
        }
        model.addAttribute("zones", PatientTime.zones());
        return "admin/import";
    }

    @PostMapping(PATH)
    String upload(@RequestParam(name = "patients", required = false) @Nullable MultipartFile patients,
            @RequestParam(name = "appointments", required = false) @Nullable MultipartFile appointments,
            @RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "check") String action,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        String patientsCsv = text(patients);
        if (patientsCsv.isBlank()) {
            errors.put("patients", message("import.error.patients"));
        }
        ZoneId zone = zone(timeZone);
        if (zone == null) {
            errors.put("timeZone", message("import.error.timeZone"));
        }
        model.addAttribute("timeZone", timeZone);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("errors", errors);
            return form(response, model);
        }
        String appointmentsCsv = text(appointments);
        ImportFiles files = new ImportFiles(patientsCsv, appointmentsCsv.isBlank() ? null : appointmentsCsv, zone);
        if (!"import".equals(action)) {
            ImportReport report = imports.check(files);
            model.addAttribute("report", report);
            if (!report.importable()) {
                response.setStatus(422);
            }
            return form(response, model);
        }
        try {
            ImportReport done = imports.importAll(files);
            flash.addFlashAttribute("done", message("import.done", done.patients(), done.appointments()));
            return "redirect:" + PATH;
        } catch (ImportRejectedException refused) {
            response.setStatus(422);
            model.addAttribute("report", refused.report());
            return form(response, model);
        } catch (DomainRefusal meanwhile) {
            response.setStatus(409);
            model.addAttribute("refusal", meanwhile.detail());
            return form(response, model);
        }
    }

    private static String text(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "";
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static @Nullable ZoneId zone(String timeZone) {
        try {
            return timeZone.isBlank() ? null : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
