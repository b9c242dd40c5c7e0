package com.physiopractice.fhir.r4;

import com.physiopractice.fhir.DataErasure;
import com.physiopractice.fhir.PatientExports;
import com.physiopractice.fhir.PatientExports.Export;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Data rights", description = "A patient's copy of everything held about her")
@RestController
@RequestMapping("/api/v1/data-rights")
class DataRightsController {

    private final PatientExports exports;
    private final DataErasure erasure;

    DataRightsController(PatientExports exports, DataErasure erasure) {
        this.exports = exports;
        this.erasure = erasure;
    }

    @Operation(summary = "Close her account", description = "The patient herself only. Her consultations still to "
            + "come are cancelled (her therapist is told); her address, sign-in and the emails kept under it are "
            + "erased and her name and phone pseudonymised at once; her clinical record is kept under the pseudonym "
            + "for the retention period. Her access token stops working. Closing twice does nothing more.")
    @PostMapping("/patients/{id}/erasure")
    DataErasure.Closed close(Caller caller, @PathVariable PatientId id) {
        return erasure.closeAccount(caller);
    }

    @Operation(summary = "Export a patient's record", description = "Everything the practice holds about the "
            + "patient: format=fhir (a FHIR R4 Bundle, the default) or format=html (a page to read). The patient "
            + "herself, or a therapist who sees her; anyone else gets 404. Audited.")
    @GetMapping("/patients/{id}/export")
    ResponseEntity<String> export(Caller caller, @PathVariable PatientId id,
            @RequestParam(defaultValue = "fhir") String format) {
        Export export = switch (format) {
            case "fhir" -> exports.asBundle(caller, id);
            case "html" -> exports.asPage(caller, id);
            default -> throw InvalidInputException.of("format", "fhir or html");
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.content());
    }
}
