package com.physiopractice.web.site;

import com.physiopractice.content.EducationPiece;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-LD (schema.org) for search engines: the practice as a physiotherapy practice with its
 * physician, each piece as a medical web page. Written by Jackson, and with "<" escaped so that
 * nothing in a title can close the script element it sits in.
 */
@Component
class StructuredData {

    private final PracticeProfile practice;
    private final JsonMapper json = JsonMapper.builder().build();

    StructuredData(PracticeProfile practice) {
        this.practice = practice;
    }

    String practice() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Physiotherapy");
        data.put("name", practice.practiceName());
        data.put("url", practice.absolute("/"));
        data.put("medicalSpecialty", "PhysicalTherapy");
        data.put("employee", physician());
        return write(data);
    }

    String piece(EducationPiece piece) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "MedicalWebPage");
        data.put("name", piece.title());
        data.put("description", piece.summary());
        data.put("url", practice.absolute("/education/" + piece.slug()));
        if (piece.lastReviewedOn() != null && piece.reviewedBy() != null) {
            data.put("lastReviewed", piece.lastReviewedOn().toString());
            data.put("reviewedBy", Map.of("@type", "Person", "name", piece.reviewedBy()));
        }
        data.put("audience", Map.of("@type", "PeopleAudience", "audienceType", "Patient"));
        data.put("publisher", Map.of("@type", "MedicalOrganization", "name", practice.practiceName(),
                "url", practice.absolute("/")));
        return write(data);
    }

    private Map<String, Object> physician() {
        return Map.of("@type", "Physician", "name", practice.therapistName(), "medicalSpecialty", "PhysicalTherapy");
    }

    private String write(Map<String, Object> data) {
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
