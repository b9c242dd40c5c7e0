package com.physiopractice.identity.token;

import com.physiopractice.identity.security.IdentitySettings;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs access tokens: configured in production, generated and kept in a file
 * for the dev run, generated in memory otherwise (tests). RS256 means the verifying side only
 * needs the public key, and a token signed with anything else is refused.
 */
final class SigningKeySource {

    private static final Logger log = LoggerFactory.getLogger(SigningKeySource.class);
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    static final int MINIMUM_BITS = 2048;

    private SigningKeySource() {
    }

    static RSAKey load(IdentitySettings settings) {
        try {
            if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
                return fromPem(settings.signingKey());
            }
            if (settings.signingKeyFile() != null && !settings.signingKeyFile().isBlank()) {
                Path file = Path.of(settings.signingKeyFile()).toAbsolutePath();
                if (Files.exists(file)) {
                    return fromPem(Files.readString(file));
                }
                RSAKey key = generate();
                Files.createDirectories(file.getParent());
                Files.writeString(file, toPem(key), StandardCharsets.US_ASCII);
                log.info("Generated a token signing key and kept it in {}", file);
                return key;
            }
            return generate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("the token signing key cannot be used", e);
        }
    }

    private static RSAKey generate() throws GeneralSecurityException, com.nimbusds.jose.JOSEException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(MINIMUM_BITS);
        KeyPair pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).keyIDFromThumbprint()
                .build();
    }

    private static RSAKey fromPem(String pem) throws GeneralSecurityException, com.nimbusds.jose.JOSEException {
        // Environment variables often carry the PEM on one line with literal "\n" separators.
        String base64 = pem.replace("\\n", "").replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        if (privateKey.getModulus().bitLength() < MINIMUM_BITS) {
            // A short key can be factored, and anyone who does can sign themselves in as anyone.
            throw new IllegalStateException("the token signing key has " + privateKey.getModulus().bitLength()
                    + " bits; at least " + MINIMUM_BITS + " are needed");
        }
        RSAPublicKey publicKey = (RSAPublicKey) factory
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
    }

    private static String toPem(RSAKey key) throws com.nimbusds.jose.JOSEException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.toPrivateKey().getEncoded());
        return BEGIN + "\n" + base64 + "\n" + END + "\n";
    }
}
