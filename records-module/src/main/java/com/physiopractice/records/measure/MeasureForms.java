package com.physiopractice.records.measure;

import com.physiopractice.records.Instrument;
import com.physiopractice.records.OutcomeMeasures.MeasureForm;
import com.physiopractice.records.OutcomeMeasures.Option;
import com.physiopractice.records.OutcomeMeasures.Question;
import com.physiopractice.triage.IntakeForms;
import com.physiopractice.triage.IntakeQuestionnaire;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The questions of each instrument as a form asks them. ODI and STarT Back are asked exactly as
 * the intake asks them (the same questions and fields, from triage), so the two can be compared.
 */
@Component
public class MeasureForms {

    private static final List<String> LEFS_ACTIVITIES = List.of(
            "Any of your usual work, housework or school activities",
            "Your usual hobbies, recreational or sporting activities", "Getting into or out of the bath",
            "Walking between rooms", "Putting on your shoes or socks", "Squatting",
            "Lifting an object, like a bag of groceries, from the floor", "Performing light activities around your home",
            "Performing heavy activities around your home", "Getting into or out of a car", "Walking 2 blocks",
            "Walking a mile", "Going up or down 10 stairs (about 1 flight of stairs)", "Standing for 1 hour",
            "Sitting for 1 hour", "Running on even ground", "Running on uneven ground",
            "Making sharp turns while running fast", "Hopping", "Rolling over in bed");

    private static final List<Option> LEFS_SCALE = List.of(new Option("0", "Extreme difficulty or unable to do it"),
            new Option("1", "Quite a bit of difficulty"), new Option("2", "Moderate difficulty"),
            new Option("3", "A little bit of difficulty"), new Option("4", "No difficulty"));

    private final IntakeForms intake;

    MeasureForms(IntakeForms intake) {
        this.intake = intake;
    }

    /** @param psfsActivities the activities her first PSFS named; empty when she names them now */
    public MeasureForm of(Instrument instrument, List<String> psfsActivities) {
        return switch (instrument) {
            case NPRS -> new MeasureForm(instrument, instrument.title(),
                    "Choose the number that fits your pain right now: 0 is no pain, 10 the worst pain you can imagine.",
                    List.of(new Question("pain", "SCALE", "Your pain right now", true, 0, 10, List.of())), null);
            case PSFS -> psfs(psfsActivities);
            case ODI -> fromIntake(instrument, "ODI");
            case STARTBACK -> fromIntake(instrument, "START_BACK");
            case LEFS -> new MeasureForm(instrument, instrument.title(),
                    "Today, do you or would you have any difficulty at all with each of these because of your "
                            + "lower limb problem? Choose one answer on every line.",
                    LEFS_ACTIVITIES.stream().map(activity -> new Question("lefs[" + LEFS_ACTIVITIES.indexOf(activity) + "]",
                            "CHOICE", activity, true, null, null, LEFS_SCALE)).toList(),
                    "Lower Extremity Functional Scale: Binkley et al., Physical Therapy 1999.");
        };
    }

    private static MeasureForm psfs(List<String> activities) {
        List<Question> questions = new ArrayList<>();
        if (activities.isEmpty()) {
            for (int i = 0; i < Scoring.PSFS_MAX_ACTIVITIES; i++) {
                questions.add(new Question("psfs[" + i + "].activity", "TEXT", "Activity " + (i + 1), i == 0, null, null,
                        List.of()));
                questions.add(new Question("psfs[" + i + "].score", "SCALE", "How well can you do it today?", i == 0,
                        0, 10, List.of()));
            }
        } else {
            for (int i = 0; i < activities.size(); i++) {
                questions.add(new Question("psfs[" + i + "].score", "SCALE", activities.get(i), true, 0, 10, List.of()));
            }
        }
        return new MeasureForm(Instrument.PSFS, Instrument.PSFS.title(), activities.isEmpty()
                ? "Name up to five important activities you are unable to do, or find hard, because of your problem. "
                        + "Rate each: 0 means you cannot do it at all, 10 that you can do it as well as before."
                : "Rate the activities you named before: 0 means you cannot do it at all, 10 that you can do it as "
                        + "well as before.", questions, "Patient-Specific Functional Scale: Stratford et al., "
                        + "Physiotherapy Canada 1995.");
    }

    private MeasureForm fromIntake(Instrument instrument, String sectionCode) {
        IntakeQuestionnaire.Section section = intake.questionnaire().sections().stream()
                .filter(candidate -> candidate.code().equals(sectionCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the intake questionnaire has no " + sectionCode + " section"));
        List<Question> questions = section.questions().stream().map(question -> question.type().equals("SCALE_0_TO_5")
                ? new Question(question.field(), "SCALE", question.text(), false, question.min(), question.max(), List.of())
                : new Question(question.field(), "CHOICE", question.text(), true, null, null,
                        question.options().stream().map(option -> new Option(option.code(), option.label())).toList()))
                .toList();
        String instructions = instrument == Instrument.ODI
                ? "For each section, choose the number from 0 (no difficulty) to 5 (the most difficulty) that fits you "
                        + "today. Leave out a section that does not apply to you; at least 9 are needed."
                : "Thinking about the last 2 weeks, say whether you agree or disagree with each statement.";
        return new MeasureForm(instrument, instrument.title(), instructions, questions, section.copyright());
    }
}
