package com.physiopractice.booking.web;

import com.physiopractice.booking.appointment.DeadlockRetry;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.SecretToken;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for bookings: the first request with a key is answered as usual, and its
 * answer is kept; a repeat with the same key and the same body gets that answer again and books
 * nothing; the same key with another body is refused. The key is taken in the booking's own
 * transaction, so a concurrent repeat waits for the first to finish, and a first request that fails
 * leaves no key behind.
 */
@Component
class IdempotentReplay {

    private final IdempotencyKeyStore keys;
    private final DeadlockRetry retry;
    private final JsonMapper json;

    IdempotentReplay(IdempotencyKeyStore keys, DeadlockRetry retry, JsonMapper json) {
        this.keys = keys;
        this.retry = retry;
        this.json = json;
    }

    /**
     * @param request what was asked, as the client sent it: its text identifies a repeat
     * @param firstTime answers a request seen for the first time, inside the key's transaction
     */
    ResponseEntity<AppointmentResponse> answer(PatientId patient, String key, Object request,
            Supplier<ResponseEntity<AppointmentResponse>> firstTime) {
        String fingerprint = SecretToken.sha256Hex(request.toString());
        return retry.inTransaction(() -> {
            Optional<IdempotencyKeyStore.StoredAnswer> stored = keys.takeOrReplay(patient, key, fingerprint);
            if (stored.isPresent()) {
                AppointmentResponse body = json.readValue(stored.get().body(), AppointmentResponse.class);
                return ResponseEntity.status(stored.get().status())
                        .location(URI.create(AppointmentController.PATH + "/" + body.id())).body(body);
            }
            ResponseEntity<AppointmentResponse> first = firstTime.get();
            keys.complete(patient, key, first.getStatusCode().value(), json.writeValueAsString(first.getBody()));
            return first;
        });
    }
}
