package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only unexpired RS256 tokens that this practice signed, for this API, of a live session, get in. */
@PracticeIntegrationTest
class AccessTokenHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    RSAKey tokenSigningKey;

    @Autowired
    AdjustableClock clock;

    Api api;
    SignedIn patient;
    JWTClaimsSet genuineClaims;

    @BeforeEach
    void signIn() throws Exception {
        api = Api.on(port);
        patient = TestAccounts.newPatient(api);
        genuineClaims = SignedJWT.parse(patient.accessToken()).getJWTClaimsSet();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theGenuineTokenWorks() {
        assertThat(api.withToken(patient.accessToken()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        clock.advance(Duration.ofMinutes(16));

        assertRefused(patient.accessToken());
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = patient.accessToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"PATIENT\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];

        assertRefused(tampered);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(tokenSigningKey.getKeyID()).generate();

        assertRefused(rs256(genuineClaims, otherKey));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused(new PlainJWT(new PlainHeader(), genuineClaims).serialize());
    }

    @Test
    void anHs256TokenSignedWithThePublicKeyIsRefused() throws Exception {
        byte[] publicKey = tokenSigningKey.toRSAPublicKey().getEncoded();
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                genuineClaims);
        confused.sign(new MACSigner(publicKey));

        assertRefused(confused.serialize());
    }

    @Test
    void aTokenForAnotherIssuerOrAudienceOrWithoutExpiryIsRefusedEvenWithOurSignature() throws Exception {
        assertRefused(rs256(new JWTClaimsSet.Builder(genuineClaims).issuer("someone-else").build(), tokenSigningKey));
        assertRefused(rs256(new JWTClaimsSet.Builder(genuineClaims).audience(List.of("another-api")).build(),
                tokenSigningKey));
        assertRefused(rs256(new JWTClaimsSet.Builder(genuineClaims).expirationTime(null).build(), tokenSigningKey));
        // The same claims with our signature are accepted, so the refusals above are about the claims.
        assertThat(api.withToken(rs256(genuineClaims, tokenSigningKey)).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenThatLivesLongerThanFifteenMinutesIsNeverIssued() {
        Instant issued = genuineClaims.getIssueTime().toInstant();
        Instant expires = genuineClaims.getExpirationTime().toInstant();

        assertThat(Duration.between(issued, expires)).isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(expires).isAfter(new Date().toInstant());
    }

    private void assertRefused(String token) {
        Api.Response answer = api.withToken(token).get("/api/v1/me");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static String rs256(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
