package com.physiopractice.web.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page names the practice and its therapist (header, footer, titles). */
@ControllerAdvice(basePackages = "com.physiopractice.web")
class PracticeModelAttributes {

    private final PracticeProfile practice;

    PracticeModelAttributes(PracticeProfile practice) {
        this.practice = practice;
    }

    @ModelAttribute("practice")
    PracticeProfile practice() {
        return practice;
    }
}
