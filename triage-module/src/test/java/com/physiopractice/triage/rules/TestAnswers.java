package com.physiopractice.triage.rules;

import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.Onset;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Side;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Answers for tests: a mild, recent low back ache with every safety question answered "no", changed step by step. */
final class TestAnswers {

    Set<PainLocation> locations = EnumSet.of(PainLocation.LOWER_BACK);
    Side side = Side.CENTRAL;
    Onset onset = Onset.GRADUAL;
    int durationDays = 4;
    Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
    int intensity = 3;
    Set<Aggravator> worse = EnumSet.noneOf(Aggravator.class);
    Set<Reliever> better = EnumSet.noneOf(Reliever.class);
    Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    Map<SafetyQuestion, Boolean> safety = new EnumMap<>(SafetyQuestion.class);
    Set<HistoryItem> history = EnumSet.noneOf(HistoryItem.class);
    StartBack startBack;
    Oswestry oswestry;

    TestAnswers() {
        for (SafetyQuestion question : SafetyQuestion.values()) {
            safety.put(question, false);
        }
    }

    static TestAnswers mildLowBackAche() {
        return new TestAnswers();
    }

    TestAnswers yes(SafetyQuestion... questions) {
        for (SafetyQuestion question : questions) {
            safety.put(question, true);
        }
        return this;
    }

    TestAnswers at(PainLocation... where) {
        locations.addAll(Set.of(where));
        return this;
    }

    TestAnswers with(Symptom... present) {
        symptoms.addAll(Set.of(present));
        return this;
    }

    TestAnswers after(Trigger... causes) {
        triggers.addAll(Set.of(causes));
        return this;
    }

    TestAnswers worseWith(Aggravator... aggravators) {
        worse.addAll(Set.of(aggravators));
        return this;
    }

    TestAnswers betterWith(Reliever... relievers) {
        better.addAll(Set.of(relievers));
        return this;
    }

    TestAnswers history(HistoryItem... items) {
        history.addAll(Set.of(items));
        return this;
    }

    TestAnswers forDays(int days) {
        durationDays = days;
        return this;
    }

    TestAnswers intensity(int value) {
        intensity = value;
        return this;
    }

    TestAnswers side(Side value) {
        side = value;
        return this;
    }

    TestAnswers onset(Onset value) {
        onset = value;
        return this;
    }

    TestAnswers startBack(StartBack value) {
        startBack = value;
        return this;
    }

    TestAnswers oswestry(Oswestry value) {
        oswestry = value;
        return this;
    }

    Answers build() {
        return new Answers(locations, side, onset, durationDays, triggers, intensity, worse, better, symptoms, safety,
                history, startBack, oswestry);
    }
}
