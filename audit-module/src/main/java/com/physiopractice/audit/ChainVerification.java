package com.physiopractice.audit;

import org.jspecify.annotations.Nullable;

/**
 * What checking the audit trail's hash chain found.
 *
 * @param sealedLines lines in the chain that were checked
 * @param unsealedLines lines written but not sealed yet (they are sealed within seconds)
 * @param firstBrokenLine the id of the first line where the chain breaks; absent when it is intact
 * @param problem what is wrong there: changed content, a missing line before it, a wrong link
 */
public record ChainVerification(long sealedLines, long unsealedLines, @Nullable Long firstBrokenLine,
        @Nullable String problem) {

    public boolean intact() {
        return firstBrokenLine == null;
    }
}
