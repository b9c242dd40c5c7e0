package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;

/**
 * A patient closed her account: her address and everything that signed her in are erased. Published
 * in the closing transaction to synchronous listeners only (never to the event publication
 * registry, which would keep a copy of the address it carries), so that each module forgets what it
 * holds under that address in the same transaction.
 *
 * @param formerEmail the address she had, for the listeners to find what they keep under it
 */
public record PatientAccountClosed(AccountId account, PatientId patient, String formerEmail, Instant at) {

    @Override
    public String toString() {
        // Never the address, should the event be logged.
        return "PatientAccountClosed[account=" + account + ", patient=" + patient + ", at=" + at + "]";
    }
}
