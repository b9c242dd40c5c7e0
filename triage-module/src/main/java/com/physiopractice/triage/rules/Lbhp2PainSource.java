package com.physiopractice.triage.rules;

import com.physiopractice.triage.PainSource;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hip, lower back or sacroiliac joint, as {@code lbhp-2} counts it: by items, each counted once
 * however many of its answers are given (walking and standing both making it worse is one item,
 * not two), so a source is not "strong" from two ways of saying the same thing.
 */
final class Lbhp2PainSource {

    private Lbhp2PainSource() {
    }

    /** One item: it counts when any of its answers is given, and names every one that is. */
    private static final class Items {

        private final List<String> evidence = new ArrayList<>();
        private int count;

        Items item(@Nullable String... givenCodes) {
            List<String> given = new ArrayList<>();
            for (String code : givenCodes) {
                if (code != null) {
                    given.add(code);
                }
            }
            if (!given.isEmpty()) {
                count++;
                evidence.addAll(given);
            }
            return this;
        }
    }

    static Assessment.PainSourceFinding find(Answers a, int strongItems) {
        Map<PainSource, Items> items = new EnumMap<>(PainSource.class);
        items.put(PainSource.HIP, new Items()
                .item(at(a, PainLocation.HIP))
                .item(at(a, PainLocation.GROIN), has(a, Symptom.GROIN_PAIN))
                .item(has(a, Symptom.LIMP))
                .item(worse(a, Aggravator.STANDING), worse(a, Aggravator.WALKING))
                .item(has(a, Symptom.REDUCED_RANGE_OF_MOTION)));
        items.put(PainSource.LUMBAR_SPINE, new Items()
                .item(has(a, Symptom.SHOOTING_PAIN_DOWN_LEG))
                .item(at(a, PainLocation.BELOW_KNEE), at(a, PainLocation.FOOT))
                .item(has(a, Symptom.LEG_NUMBNESS_OR_TINGLING), has(a, Symptom.LEG_OR_FOOT_WEAKNESS))
                .item(worse(a, Aggravator.SITTING), worse(a, Aggravator.BENDING))
                .item(better(a, Reliever.STANDING), better(a, Reliever.WALKING))
                .item(worse(a, Aggravator.COUGH_SNEEZE)));
        items.put(PainSource.SACROILIAC, new Items()
                .item(at(a, PainLocation.BUTTOCK))
                .item(worse(a, Aggravator.STAIRS), worse(a, Aggravator.RUNNING))
                .item(has(a, Symptom.NO_COMFORTABLE_POSITION)));

        int strongest = items.values().stream().mapToInt(found -> found.count).max().orElse(0);
        List<PainSource> close = items.entrySet().stream()
                .filter(entry -> entry.getValue().count >= strongItems && entry.getValue().count >= strongest - 1)
                .map(Map.Entry::getKey).toList();
        PainSource source;
        if (close.size() >= 2) {
            source = PainSource.MIXED;
        } else if (strongest >= strongItems) {
            source = close.get(0);
        } else {
            source = PainSource.UNCLEAR;
        }
        Map<PainSource, List<String>> evidence = new EnumMap<>(PainSource.class);
        items.forEach((candidate, found) -> evidence.put(candidate, List.copyOf(found.evidence)));
        return new Assessment.PainSourceFinding(source, Map.copyOf(evidence));
    }

    private static @Nullable String at(Answers a, PainLocation location) {
        return a.painLocations().contains(location) ? "painLocations:" + location : null;
    }

    private static @Nullable String has(Answers a, Symptom symptom) {
        return a.symptoms().contains(symptom) ? "symptoms:" + symptom : null;
    }

    private static @Nullable String worse(Answers a, Aggravator aggravator) {
        return a.worseWith().contains(aggravator) ? "worseWith:" + aggravator : null;
    }

    private static @Nullable String better(Answers a, Reliever reliever) {
        return a.betterWith().contains(reliever) ? "betterWith:" + reliever : null;
    }
}
