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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at one alternative of a rule: reads answers and writes down the answer codes that
 * made each read true, so a rule that fires names what made it fire. A read of an answer that
 * could not be read throws {@link Unknown}: the alternative then does not count, neither for nor
 * against, which is how an emergency sign in one part of a form is never hidden by a bad answer in
 * another part (the specification's "safety before validation").
 * <p>
 * Every alternative of {@code lbhp-2} reads its answers positively ("answered yes", "has the
 * symptom"), so today an answer that could not be read has the same effect as a "no". Keeping the
 * two apart is what stops a future negative read ("without a fall") from taking an unreadable
 * answer for an absent sign.
 */
final class Evidence {

    /** The alternative needs an answer the submission does not give validly. */
    static final class Unknown extends RuntimeException {

        private static final Unknown INSTANCE = new Unknown();

        private Unknown() {
            super("an answer the rule needs could not be read", null, false, false);
        }
    }

    private final KnownAnswers known;
    private final int age;
    private final @Nullable Integer ageAtOnset;
    private final Set<String> firedRules;
    private final List<String> codes = new ArrayList<>();

    Evidence(KnownAnswers known, int age, @Nullable Integer ageAtOnset, Set<String> firedRules) {
        this.known = known;
        this.age = age;
        this.ageAtOnset = ageAtOnset;
        this.firedRules = firedRules;
    }

    List<String> codes() {
        return List.copyOf(codes);
    }

    boolean yes(SafetyQuestion question) {
        Boolean answer = known.safety().get(question);
        if (answer == null) {
            throw Unknown.INSTANCE;
        }
        return noted(answer, Facts.safety(question));
    }

    boolean has(Symptom symptom) {
        return member(known.symptoms(), symptom, "symptoms:");
    }

    boolean at(PainLocation location) {
        return member(known.painLocations(), location, "painLocations:");
    }

    boolean after(Trigger trigger) {
        return member(known.triggers(), trigger, "triggers:");
    }

    boolean worseWith(Aggravator aggravator) {
        return member(known.worseWith(), aggravator, "worseWith:");
    }

    boolean betterWith(Reliever reliever) {
        return member(known.betterWith(), reliever, "betterWith:");
    }

    boolean history(HistoryItem item) {
        return member(known.history(), item, "history:");
    }

    boolean side(Side side) {
        return noted(known(known.side()) == side, "side:" + side);
    }

    boolean onset(Onset onset) {
        return noted(known(known.onset()) == onset, "onset:" + onset);
    }

    /** The pain began at most {@code days} days ago. */
    boolean beganWithinDays(int days) {
        int duration = known(known.durationDays());
        return noted(duration <= days, "durationDays:" + duration);
    }

    /** The pain has lasted at least {@code days} days. */
    boolean lastedAtLeastDays(int days) {
        int duration = known(known.durationDays());
        return noted(duration >= days, "durationDays:" + duration);
    }

    boolean ageAtLeast(int years) {
        return noted(age >= years, "age:" + age);
    }

    boolean ageBelow(int years) {
        return noted(age < years, "age:" + age);
    }

    boolean ageAtOnsetBelow(int years) {
        int atOnset = known(ageAtOnset);
        return noted(atOnset < years, "ageAtOnset:" + atOnset);
    }

    /** For a rule that applies only when a more urgent one did not fire; names no answer. */
    boolean didNotFire(String... rules) {
        for (String rule : rules) {
            if (firedRules.contains(rule)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names the parts that are true, to explain the alternative better; never changes whether it
     * counts (an unknown part is left out).
     */
    boolean alsoNoting(BooleanSupplier... parts) {
        for (BooleanSupplier part : parts) {
            int mark = codes.size();
            try {
                if (part.getAsBoolean()) {
                    continue;
                }
            } catch (Unknown unknown) {
                // Nothing to name.
            }
            codes.subList(mark, codes.size()).clear();
        }
        return true;
    }

    /** True when any part is known to be true (each true part is named); unknown when none is but one may be. */
    boolean anyOf(BooleanSupplier... parts) {
        return atLeast(1, parts);
    }

    boolean anyYes(SafetyQuestion... questions) {
        return anyOf(questions, this::yes);
    }

    boolean anySymptom(Symptom... symptoms) {
        return anyOf(symptoms, this::has);
    }

    private <T> boolean anyOf(T[] answers, Predicate<T> read) {
        return anyOf(Arrays.stream(answers).map(answer -> (BooleanSupplier) () -> read.test(answer))
                .toArray(BooleanSupplier[]::new));
    }

    /**
     * True when at least {@code needed} parts are known to be true; unknown when fewer are but the
     * parts that could not be read might make up the difference.
     */
    boolean atLeast(int needed, BooleanSupplier... parts) {
        int trueParts = 0;
        int unknownParts = 0;
        for (BooleanSupplier part : parts) {
            int mark = codes.size();
            try {
                if (part.getAsBoolean()) {
                    trueParts++;
                    continue;
                }
            } catch (Unknown unknown) {
                unknownParts++;
            }
            // A part that is not true names nothing, even when a piece of it was true.
            codes.subList(mark, codes.size()).clear();
        }
        if (trueParts >= needed) {
            return true;
        }
        if (trueParts + unknownParts >= needed) {
            throw Unknown.INSTANCE;
        }
        return false;
    }

    private <E extends Enum<E>> boolean member(KnownAnswers.Codes<E> answer, E code, String field) {
        if (answer.given().contains(code)) {
            return noted(true, field + code.name());
        }
        if (!answer.complete()) {
            throw Unknown.INSTANCE;
        }
        return false;
    }

    private static <T> T known(@Nullable T value) {
        if (value == null) {
            throw Unknown.INSTANCE;
        }
        return value;
    }

    private boolean noted(boolean value, String code) {
        if (value && !codes.contains(code)) {
            codes.add(code);
        }
        return value;
    }
}
