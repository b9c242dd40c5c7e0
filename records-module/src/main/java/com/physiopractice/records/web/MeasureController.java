package com.physiopractice.records.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.MeasureId;
import com.physiopractice.records.OutcomeMeasures;
import com.physiopractice.records.OutcomeMeasures.MeasureForm;
import com.physiopractice.records.OutcomeMeasures.MeasureView;
import com.physiopractice.records.OutcomeMeasures.Trend;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "Outcome measures", description = "NPRS, PSFS, ODI, STarT Back and LEFS over an episode")
class MeasureController {

    private final OutcomeMeasures measures;

    MeasureController(OutcomeMeasures measures) {
        this.measures = measures;
    }

    /** @param trends each instrument's scores oldest first, with the change from the first against its MCID */
    record EpisodeMeasures(List<MeasureView> measures, List<Trend> trends) {
    }

    @Operation(summary = "An episode's measures", description = "Newest first, with each instrument's trend.")
    @GetMapping("/episodes/{id}/measures")
    EpisodeMeasures ofEpisode(Caller caller, @PathVariable EpisodeId id) {
        List<MeasureView> found = measures.ofEpisode(caller, id);
        return new EpisodeMeasures(found, Trend.of(found));
    }

    record NewMeasure(Instrument instrument) {
    }

    @Operation(summary = "Ask a measure now (therapists)", description = "The patient is emailed a link to answer it.")
    @PostMapping("/episodes/{id}/measures")
    ResponseEntity<MeasureView> request(Caller caller, @PathVariable EpisodeId id, @RequestBody NewMeasure measure) {
        MeasureView asked = measures.request(caller, id, measure.instrument());
        return ResponseEntity.created(URI.create("/api/v1/records/measures/" + asked.id())).body(asked);
    }

    record MeasureWithForm(MeasureView measure, MeasureForm form) {
    }

    @Operation(summary = "One measure with its questions", description = "Its patient or a treating therapist; the "
            + "form lists each question's field, type and range, and a later PSFS the activities named in the first.")
    @GetMapping("/measures/{id}")
    MeasureWithForm measure(Caller caller, @PathVariable MeasureId id) {
        return new MeasureWithForm(measures.read(caller, id), measures.form(caller, id));
    }

    /** @param answers by question field, as the form names them ({@code odi[3]}: "2") */
    record Response(Map<String, String> answers) {
    }

    @Operation(summary = "Answer a measure (its patient)", description = "Scored at once and kept with the instrument's "
            + "version. Every bad answer is named (400) and nothing is kept; a second answer is refused (409).")
    @PostMapping("/measures/{id}/responses")
    ResponseEntity<MeasureView> answer(Caller caller, @PathVariable MeasureId id, @RequestBody Response response) {
        MeasureView answered = measures.answer(caller, id, response.answers() == null ? Map.of() : response.answers());
        return ResponseEntity.created(URI.create("/api/v1/records/measures/" + id)).body(answered);
    }

    @Operation(summary = "The measures waiting for her answers (patients)", description = "Oldest first; each is "
            + "answered once through its responses.")
    @GetMapping("/me/measures")
    List<MeasureView> waiting(Caller caller) {
        return measures.waitingFor(caller);
    }
}
