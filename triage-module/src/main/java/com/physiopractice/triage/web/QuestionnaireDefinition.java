package com.physiopractice.triage.web;

import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.triage.IntakeQuestionnaire.Option;
import com.physiopractice.triage.IntakeQuestionnaire.Question;
import com.physiopractice.triage.IntakeQuestionnaire.Section;
import com.physiopractice.triage.rules.AnswerCode;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.Ruleset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The intake questionnaires ({@code lbhp-1}, {@code lbhp-2}) as any front end can render them: sections, questions with their
 * codes, allowed answers, required flags and help text, and the notices of the scored instruments.
 */
final class QuestionnaireDefinition {

    private static final Map<SafetyQuestion, String> SAFETY_TEXT = Map.ofEntries(
            Map.entry(SafetyQuestion.BLADDER_OR_BOWEL_CHANGE,
                    "Since the pain began, have you had new trouble passing urine, leaked urine, or lost control of your bowels?"),
            Map.entry(SafetyQuestion.SADDLE_NUMBNESS,
                    "Is any skin numb around your genitals, your bottom or your inner thighs?"),
            Map.entry(SafetyQuestion.NEW_SEXUAL_DYSFUNCTION, "Have you lost sexual function since the pain began?"),
            Map.entry(SafetyQuestion.DIFFICULTY_MOVING_LEGS,
                    "Do you find it hard to move one or both legs, or is a leg getting weaker?"),
            Map.entry(SafetyQuestion.LOSS_OF_FEELING_IN_LEGS, "Have you lost feeling in one or both legs?"),
            Map.entry(SafetyQuestion.SYMPTOMS_IN_BOTH_LEGS,
                    "Do you have nerve pain, pins and needles or numbness in both legs, or has it spread from one leg to both?"),
            Map.entry(SafetyQuestion.VISIBLE_DEFORMITY,
                    "Has the shape of your back or legs visibly changed, or can you no longer stand up straight?"),
            Map.entry(SafetyQuestion.UNABLE_TO_BEAR_WEIGHT, "Are you unable to put weight on your leg?"),
            Map.entry(SafetyQuestion.RECENT_MAJOR_TRAUMA,
                    "In the last 6 weeks, were you in a car accident, did you fall from a height, or have a similar injury?"),
            Map.entry(SafetyQuestion.FEVER_OR_CHILLS, "Do you have a fever, chills or night sweats?"),
            Map.entry(SafetyQuestion.HISTORY_OF_CANCER, "Have you ever been told you have cancer?"),
            Map.entry(SafetyQuestion.UNEXPLAINED_WEIGHT_LOSS, "Have you lost weight without trying?"),
            Map.entry(SafetyQuestion.CONSTANT_NIGHT_PAIN,
                    "Is the pain there all night, whatever position you lie in or however you rest?"),
            Map.entry(SafetyQuestion.OSTEOPOROSIS_OR_LONG_TERM_STEROIDS,
                    "Do you have osteoporosis (thin bones), or have you taken steroid tablets for 3 months or more?"),
            Map.entry(SafetyQuestion.IMMUNOSUPPRESSION_OR_IV_DRUG_USE,
                    "Is your immune system weakened (by illness or medicine), or do you inject drugs?"),
            Map.entry(SafetyQuestion.RECENT_INFECTION_OR_SPINAL_PROCEDURE,
                    "In the last 3 months, have you had a bacterial infection, or an injection or operation on your spine?"));

    /** STarT Back items in the tool's own wording, kept with its notice as the licence asks. */
    private static final List<String> START_BACK_ITEMS = List.of(
            "My back pain has spread down my leg(s) at some time in the last 2 weeks.",
            "I have had pain in the shoulder or neck at some time in the last 2 weeks.",
            "I have only walked short distances because of my back pain.",
            "In the last 2 weeks, I have dressed more slowly than usual because of back pain.",
            "It's not really safe for a person with a condition like mine to be physically active.",
            "Worrying thoughts have been going through my mind a lot of the time.",
            "I feel that my back pain is terrible and it's never going to get any better.",
            "In general I have not enjoyed all the things I used to enjoy.");

    private static final List<String> ODI_SECTIONS = List.of("Pain intensity", "Personal care", "Lifting", "Walking",
            "Sitting", "Standing", "Sleeping", "Sex life", "Social life", "Travelling");

    static final IntakeQuestionnaire LBHP_1 = build(Ruleset.LBHP_1);

    static final IntakeQuestionnaire LBHP_2 = build(Ruleset.LBHP_2);

    /** The safety questions, as a check-in asks them again. */
    static Section safetySection(Ruleset ruleset) {
        return of(ruleset).sections().stream().filter(section -> section.code().equals("SAFETY")).findFirst()
                .orElseThrow();
    }

    /** The questionnaire a ruleset assesses. */
    static IntakeQuestionnaire of(Ruleset ruleset) {
        return ruleset == Ruleset.LBHP_1 ? LBHP_1 : LBHP_2;
    }

    /**
     * Both questionnaires ask the same questions with the same codes; {@code lbhp-2} asks the
     * safety questions first, so that they are answered before anything else can go wrong.
     */
    private static IntakeQuestionnaire build(Ruleset ruleset) {
        boolean safetyFirst = ruleset != Ruleset.LBHP_1;
        Section pain = new Section("PAIN", "Your pain", null, List.of(
                multiple("painLocations", AnswerCode.PainLocation.class, true, "Where does it hurt?",
                        "Choose every place that hurts."),
                single("side", AnswerCode.Side.class, "Which side hurts?"),
                single("onset", AnswerCode.Onset.class, "How did the pain start?"),
                integer("durationDays", "How many days ago did this pain start?", 0, 3650,
                        "An estimate is fine: 6 weeks is 42 days."),
                multiple("triggers", AnswerCode.Trigger.class, false, "Did anything set it off?",
                        safetyFirst ? "NONE cannot be chosen together with another answer." : null),
                integer("painIntensity", "How bad is the pain at its worst, from 0 (none) to 10 (worst imaginable)?",
                        0, 10, null)), null);
        Section changes = new Section("CHANGES", "What changes the pain", null, List.of(
                multiple("worseWith", AnswerCode.Aggravator.class, false, "What makes it worse?", null),
                multiple("betterWith", AnswerCode.Reliever.class, false, "What makes it better?", null)), null);
        Section symptoms = new Section("SYMPTOMS", "Other symptoms", null, List.of(
                multiple("symptoms", AnswerCode.Symptom.class, false, "Do you also have any of these?", null)), null);
        Section safety = new Section("SAFETY", "Safety questions",
                "Please answer every question. A 'yes' to some of them means you need a doctor before "
                        + "physiotherapy, and we will tell you at once.",
                Arrays.stream(SafetyQuestion.values())
                        .map(question -> new Question("safety." + question.name(), "YES_NO", true,
                                SAFETY_TEXT.get(question), null, List.of(), null, null))
                        .toList(), null);
        Section history = new Section("HISTORY", "About you", null, List.of(
                multiple("history", AnswerCode.HistoryItem.class, false, "Do any of these apply to you?", null)),
                null);
        Section startBack = new Section("START_BACK", "STarT Back Screening Tool (optional)",
                "Thinking about the last 2 weeks, tick your response to each statement. Send the 8 "
                        + "answers in startBack.agrees (true = agree) and the last one in "
                        + "startBack.bothersomeness.",
                startBackQuestions(),
                "The STarT Back Screening Tool © Keele University 2007, used with its notice unchanged.");
        Section odi = new Section("ODI", "Oswestry Disability Index v2.1a (optional)",
                "For each section, choose the statement (0 to 5) that best describes you today; leave a "
                        + "section out (null) if it does not apply. At least 9 of 10 sections are needed "
                        + "for a score.",
                ODI_SECTIONS.stream().map(title -> new Question("odi[" + ODI_SECTIONS.indexOf(title) + "]",
                        "SCALE_0_TO_5", false, title, "0 = no difficulty, 5 = the most difficulty",
                        List.of(), 0, 5)).toList(),
                "Oswestry Disability Index v2.1a © Jeremy Fairbank. The statement wording of each "
                        + "section is shown from the licensed form.");
        List<Section> sections = safetyFirst
                ? List.of(safety, pain, changes, symptoms, history, startBack, odi)
                : List.of(pain, changes, symptoms, safety, history, startBack, odi);
        return new IntakeQuestionnaire(ruleset.questionnaireVersion(), ruleset.version(),
                "Lower back and hip pain: intake form", sections);
    }

    private QuestionnaireDefinition() {
    }

    private static List<Question> startBackQuestions() {
        List<Question> questions = new java.util.ArrayList<>();
        for (int i = 0; i < START_BACK_ITEMS.size(); i++) {
            questions.add(new Question("startBack.agrees[" + i + "]", "AGREE_DISAGREE", false, START_BACK_ITEMS.get(i),
                    null, List.of(new Option("true", "Agree"), new Option("false", "Disagree")), null, null));
        }
        questions.add(new Question("startBack.bothersomeness", "SINGLE_CHOICE", false,
                "Overall, how bothersome has your back pain been in the last 2 weeks?", null,
                options(AnswerCode.Bother.class), null, null));
        return questions;
    }

    private static <E extends Enum<E>> Question multiple(String field, Class<E> codes, boolean required, String text,
            String help) {
        return new Question(field, "MULTIPLE_CHOICE", required, text, help, options(codes), null, null);
    }

    private static <E extends Enum<E>> Question single(String field, Class<E> codes, String text) {
        return new Question(field, "SINGLE_CHOICE", true, text, null, options(codes), null, null);
    }

    private static Question integer(String field, String text, int min, int max, String help) {
        return new Question(field, "INTEGER", true, text, help, List.of(), min, max);
    }

    private static <E extends Enum<E>> List<Option> options(Class<E> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(code -> new Option(code.name(), label(code.name()))).toList();
    }

    /** LEG_NUMBNESS_OR_TINGLING becomes "Leg numbness or tingling". */
    static String label(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ').replace(" over 30 min", " over 30 minutes");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
