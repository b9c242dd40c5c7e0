package com.physiopractice.web.portal;

import com.physiopractice.fhir.PatientExports;
import com.physiopractice.fhir.PatientExports.Export;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Your data": her copy of everything the practice holds about her, to keep or to take elsewhere. */
@Controller
class PortalDataPages {

    private final PatientExports exports;

    PortalDataPages(PatientExports exports) {
        this.exports = exports;
    }

    @GetMapping("/portal/my-data")
    String page(HttpServletRequest request) {
        Caller caller = PageSession.of(request).orElseThrow().caller();
        // Staff export a patient's data from her record in their workspace, not from here.
        return caller.isPatient() ? "portal/my-data" : "redirect:/portal";
    }

    /** A download, never shown inline (the readable page carries its own style, which the site's CSP would refuse). */
    @GetMapping("/portal/my-data/download")
    ResponseEntity<String> download(HttpServletRequest request, @RequestParam(defaultValue = "html") String format) {
        Caller caller = PageSession.of(request).orElseThrow().caller();
        if (!caller.isPatient()) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/portal").build();
        }
        Export export = "fhir".equals(format) ? exports.asBundle(caller, caller.requirePatient())
                : exports.asPage(caller, caller.requirePatient());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(export.content());
    }
}
