package com.physiopractice.records;

import java.util.List;

/** Where the episode's problem is; it decides which function measures fit. */
public enum BodyRegion {
    LOWER_BACK(List.of(Instrument.NPRS, Instrument.PSFS, Instrument.ODI, Instrument.STARTBACK)),
    HIP(List.of(Instrument.NPRS, Instrument.PSFS, Instrument.LEFS));

    private final List<Instrument> measures;

    BodyRegion(List<Instrument> measures) {
        this.measures = measures;
    }

    /** The measures asked at the first consultation, at each review and at discharge. */
    public List<Instrument> measures() {
        return measures;
    }
}
