package com.physiopractice.identity.secondfactor;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.SecretToken;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP second factors (RFC 6238: SHA-1, 6 digits, 30-second steps, as every authenticator app
 * reads them), built on a well-kept TOTP library; the time comes from the practice clock. A code
 * is accepted one step either side of now, and never twice: the last step used is kept and only
 * a later one counts. Recovery codes are kept as SHA-256 and work once each.
 */
@Service
public class SecondFactors {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int RECOVERY_CODES = 10;
    static final int RECOVERY_CODE_BYTES = 15;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String ISSUER = "Physio Practice";

    static final AuditAction SECOND_FACTOR_STARTED = AuditAction.of("SECOND_FACTOR_STARTED");
    static final AuditAction SECOND_FACTOR_CONFIRMED = AuditAction.of("SECOND_FACTOR_CONFIRMED");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    SecondFactors(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What an authenticator app needs to start making codes.
     *
     * @param otpauthUri the {@code otpauth://} address apps read
     * @param qrCode the same as a QR code, a PNG data URI
     */
    public record Enrolment(String secret, String otpauthUri, String qrCode) {
    }

    /** A new secret for the account, to be confirmed with a first code; replaces one not confirmed yet. */
    @Transactional
    public Enrolment start(AccountId account, String label) {
        if (isEnrolled(account)) {
            throw new ConflictException("second-factor-enrolled", "Second factor already set up",
                    "Your account already has a second factor.");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        jdbc.sql("DELETE FROM identity_second_factor WHERE account_id = ?").param(account.toString()).update();
        jdbc.sql("INSERT INTO identity_second_factor (account_id, secret, created_at) VALUES (?, ?, ?)")
                .params(account.toString(), secret, Timestamp.from(clock.instant())).update();
        audit.record(SECOND_FACTOR_STARTED, "ACCOUNT", account);
        QrData data = new QrData.Builder().label(label).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return new Enrolment(secret, data.getUri(), Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code could not be made", e);
        }
    }

    /** The first code from the app confirms the secret; answers the recovery codes, shown only now. */
    @Transactional
    public List<String> confirm(AccountId account, String code) {
        Optional<String> secret = jdbc.sql("SELECT secret FROM identity_second_factor WHERE account_id = ? "
                + "AND confirmed_at IS NULL").param(account.toString()).query(String.class).optional();
        if (secret.isEmpty() || !acceptTotp(account, secret.get(), code)) {
            throw InvalidInputException.of("code", "is not the code your authenticator app shows now");
        }
        jdbc.sql("UPDATE identity_second_factor SET confirmed_at = ? WHERE account_id = ?")
                .params(Timestamp.from(clock.instant()), account.toString()).update();
        jdbc.sql("DELETE FROM identity_recovery_code WHERE account_id = ?").param(account.toString()).update();
        List<String> recovery = IntStream.range(0, RECOVERY_CODES).mapToObj(i -> recoveryCode()).toList();
        for (String one : recovery) {
            jdbc.sql("INSERT INTO identity_recovery_code (code_hash, account_id) VALUES (?, ?)")
                    .params(SecretToken.sha256Hex(normalize(one)), account.toString()).update();
        }
        audit.record(SECOND_FACTOR_CONFIRMED, "ACCOUNT", account);
        return recovery;
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL")
                .param(account.toString()).query(Integer.class).single() > 0;
    }

    /** What a code given at sign-in proved. */
    public enum Proof {
        /** the authenticator app's current code, not used before */
        APP_CODE,
        /** one of the recovery codes, now used up */
        RECOVERY_CODE,
        /** nothing: wrong, used before, or no second factor */
        NONE
    }

    /** A code at sign-in: the app's current code (once), or an unused recovery code (once). */
    @Transactional
    public Proof verify(AccountId account, String code) {
        Optional<String> secret = jdbc.sql("SELECT secret FROM identity_second_factor WHERE account_id = ? "
                + "AND confirmed_at IS NOT NULL").param(account.toString()).query(String.class).optional();
        if (secret.isEmpty()) {
            return Proof.NONE;
        }
        if (code.strip().matches("\\d{" + DIGITS + "}")) {
            return acceptTotp(account, secret.get(), code.strip()) ? Proof.APP_CODE : Proof.NONE;
        }
        boolean usedUp = jdbc.sql("UPDATE identity_recovery_code SET used_at = ? WHERE code_hash = ? AND account_id = ? "
                        + "AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), SecretToken.sha256Hex(normalize(code)), account.toString())
                .update() == 1;
        return usedUp ? Proof.RECOVERY_CODE : Proof.NONE;
    }

    /** The code of a step one either side of now, later than any step used before; then that step is used. */
    private boolean acceptTotp(AccountId account, String secret, String code) {
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.strip().getBytes(StandardCharsets.US_ASCII))) {
                // One conditional update: of two uses of one code, at once or later, only the first counts.
                return jdbc.sql("UPDATE identity_second_factor SET last_used_step = ? WHERE account_id = ? "
                        + "AND last_used_step < ?").params(step, account.toString(), step).update() == 1;
            }
        }
        return false;
    }

    private String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("a TOTP code could not be made", e);
        }
    }

    /**
     * 120 random bits as 24 base32 letters and digits in groups of four: at least 112 bits, so
     * an unsalted SHA-256 of it is as safe to keep as a password hash would be (OWASP ASVS 6.5.2).
     */
    static String recoveryCode() {
        byte[] bits = new byte[RECOVERY_CODE_BYTES];
        RANDOM.nextBytes(bits);
        String letters = new Base32().encodeAsString(bits).toLowerCase(Locale.ROOT);
        return String.join("-", letters.split("(?<=\\G.{4})"));
    }

    /** As typed: any case, with or without the hyphens and spaces. */
    static String normalize(String recoveryCode) {
        return recoveryCode.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
