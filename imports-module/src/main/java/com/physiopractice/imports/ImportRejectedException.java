package com.physiopractice.imports;

/** An import with refused rows: nothing was stored; the report names every refused row. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.rejected().size() + " row(s) refused; nothing was imported");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
