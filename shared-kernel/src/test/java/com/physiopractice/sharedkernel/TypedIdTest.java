package com.physiopractice.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TypedIdTest {

    @Test
    void parsesTheCanonicalFormOnly() {
        UUID uuid = UUID.randomUUID();

        assertThat(PatientId.of(uuid.toString()).value()).isEqualTo(uuid);
        assertThatIllegalArgumentException().isThrownBy(() -> PatientId.of("1-2-3-4-5"));
        assertThatIllegalArgumentException().isThrownBy(() -> TherapistId.of("not-a-uuid-at-all-but-36-chars-long!"));
    }

    @Test
    void idsOfDifferentKindsAreNeverEqual() {
        UUID uuid = UUID.randomUUID();

        assertThat((Object) new PatientId(uuid)).isNotEqualTo(new TherapistId(uuid));
    }
}
