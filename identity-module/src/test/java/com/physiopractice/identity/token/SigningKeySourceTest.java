package com.physiopractice.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.physiopractice.identity.security.IdentitySettings;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token signing key the practice is given: a short RSA key is refused at start-up. */
class SigningKeySourceTest {

    static String pemOf(int bits) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    static IdentitySettings withKey(String pem) {
        return new IdentitySettings("physio-practice", "physio-practice-api", java.time.Duration.ofMinutes(15),
                java.time.Duration.ofDays(14), java.time.Duration.ofHours(12),
                java.time.Duration.ofMinutes(30), pem, null, true, null, null, false, null, List.of(), null);
    }

    @Test
    void aKeyOfFewerThan2048BitsIsRefused() throws Exception {
        assertThatIllegalStateException().isThrownBy(() -> SigningKeySource.load(withKey(pemOf(1024))))
                .withMessageContaining("1024 bits");
    }

    @Test
    void a2048BitKeyIsUsedWithItsPublicHalf() throws Exception {
        assertThat(SigningKeySource.load(withKey(pemOf(2048))).toRSAPublicKey().getModulus().bitLength())
                .isEqualTo(2048);
    }
}
