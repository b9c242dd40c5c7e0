package com.physiopractice.records;

import com.physiopractice.triage.OutcomeScores;
import org.jspecify.annotations.Nullable;

/**
 * The outcome measures the practice asks, with the version stored next to every score and the
 * minimal clinically important change (MCID) a change is judged against. Licences: docs/records.md.
 *
 * @param mcid the smallest change patients notice as important, in the score's units; none for STarT
 *        Back, which sorts patients into risk groups rather than measuring change
 * @param higherIsBetter PSFS and LEFS rise as function returns; NPRS and ODI fall as pain and disability ease
 */
public enum Instrument {
    NPRS("Numeric Pain Rating Scale", "1.0", 2.0, false, 0, 10),
    PSFS("Patient-Specific Functional Scale", "1.0", 2.0, true, 0, 10),
    ODI("Oswestry Disability Index", OutcomeScores.ODI_VERSION, 10.0, false, 0, 100),
    STARTBACK("STarT Back Screening Tool", "1.0", null, false, 0, 9),
    LEFS("Lower Extremity Functional Scale", "1.0", 9.0, true, 0, 80);

    private final String title;
    private final String version;
    private final @Nullable Double mcid;
    private final boolean higherIsBetter;
    private final int lowest;
    private final int highest;

    Instrument(String title, String version, @Nullable Double mcid, boolean higherIsBetter, int lowest, int highest) {
        this.title = title;
        this.version = version;
        this.mcid = mcid;
        this.higherIsBetter = higherIsBetter;
        this.lowest = lowest;
        this.highest = highest;
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }

    public @Nullable Double mcid() {
        return mcid;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** The change from {@code first} to {@code last} as improvement: positive when better, whichever way the scale runs. */
    public double improvement(double first, double last) {
        return higherIsBetter ? last - first : first - last;
    }

    /** Whether an improvement (or a worsening, when negative) is at least the MCID; never for an instrument without one. */
    public boolean reachesMcid(double improvement) {
        return mcid != null && Math.abs(improvement) >= mcid - 1e-9;
    }
}
