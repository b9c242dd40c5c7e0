package com.physiopractice.web.portal;

import com.physiopractice.fhir.DataErasure;
import com.physiopractice.fhir.PatientExports;
import com.physiopractice.fhir.PatientExports.Export;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.web.site.PageNotFoundException;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Your data": her copy of everything the practice holds about her, to keep or to take elsewhere;
 * and the same copy made for her by a therapist who sees her, from her page in the workspace.
 */
@Controller
class PortalDataPages {

    private final PatientExports exports;
    private final DataErasure erasure;
    private final MessageSource messages;

    PortalDataPages(PatientExports exports, DataErasure erasure, MessageSource messages) {
        this.exports = exports;
        this.erasure = erasure;
        this.messages = messages;
    }

    @GetMapping("/portal/my-data")
    String page(HttpServletRequest request, Model model) {
        Caller caller = PageSession.of(request).orElseThrow().caller();
        model.addAttribute("errors", Map.of());
        // Staff export a patient's data from her record in their workspace, not from here.
        return caller.isPatient() ? "portal/my-data" : "redirect:/portal";
    }

    /**
     * She closes her account, having ticked that she understands what it does; without the tick the
     * page comes back naming it. Afterwards her page session is over: she is shown what happened.
     */
    @PostMapping("/portal/my-data/close")
    String close(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(defaultValue = "false") boolean understood, Model model, Locale locale) {
        Caller caller = PageSession.of(request).orElseThrow().caller();
        if (!caller.isPatient()) {
            return "redirect:/portal";
        }
        if (!understood) {
            response.setStatus(422);
            model.addAttribute("errors", Map.of("understood", messages.getMessage("data.close.required", null, locale)));
            return "portal/my-data";
        }
        DataErasure.Closed closed = erasure.closeAccount(caller);
        PageSession.end(request);
        model.addAttribute("cancelled", closed.cancelledConsultations());
        return "portal/account-closed";
    }

    /** Her therapist's download of the same; a patient she does not see is not found. */
    @GetMapping("/practice/patients/{id}/export")
    ResponseEntity<String> forHer(HttpServletRequest request, @PathVariable PatientId id,
            @RequestParam(defaultValue = "html") String format) {
        Caller therapist = PageSession.of(request).orElseThrow().caller();
        try {
            return attachment("fhir".equals(format) ? exports.asBundle(therapist, id) : exports.asPage(therapist, id));
        } catch (NotFoundException notHers) {
            throw new PageNotFoundException();
        }
    }

    /** A download, never shown inline (the readable page carries its own style, which the site's CSP would refuse). */
    @GetMapping("/portal/my-data/download")
    ResponseEntity<String> download(HttpServletRequest request, @RequestParam(defaultValue = "html") String format) {
        Caller caller = PageSession.of(request).orElseThrow().caller();
        if (!caller.isPatient()) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/portal").build();
        }
        return attachment("fhir".equals(format) ? exports.asBundle(caller, caller.requirePatient())
                : exports.asPage(caller, caller.requirePatient()));
    }

    private static ResponseEntity<String> attachment(Export export) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(export.content());
    }
}
