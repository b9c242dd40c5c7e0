package com.physiopractice.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A sign-in account: its role and person are fixed at creation; enabled until an administrator disables it. */
class AccountTest {

    private static final Instant NOW = Instant.parse("2027-01-12T14:00:00Z");

    @Test
    void anAccountIsThePersonItWasMadeForAndSignsInAsThem() {
        PatientId patient = PatientId.random();
        Account account = Account.forPatient(patient, "  Sam.Rivera@Patient.Example ", "{argon2id}hash", NOW);

        assertThat(account.email()).isEqualTo("sam.rivera@patient.example");
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.asCaller()).isEqualTo(Caller.patient(account.id(), patient));
        assertThat(account.requirePatient()).isEqualTo(patient);
        assertThatThrownBy(account::requireTherapist).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTherapistsAndAnAdministratorsAccountsCallAsThem() {
        TherapistId therapist = TherapistId.random();
        Account hers = Account.forTherapist(therapist, "olivia@practice.example", "{argon2id}hash", NOW);
        Account admin = Account.forAdmin("admin@practice.example", "{argon2id}hash", NOW);

        assertThat(hers.asCaller().therapist()).isEqualTo(therapist);
        assertThat(admin.asCaller().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.asCaller().patient()).isNull();
    }

    @Test
    void anAdministratorDisablesAnotherAccountButNeverTheirOwn() {
        Account admin = Account.forAdmin("admin@practice.example", "{argon2id}hash", NOW);
        Account patient = Account.forPatient(PatientId.random(), "sam@patient.example", "{argon2id}hash", NOW);

        assertThatThrownBy(() -> admin.disableBy(admin.id())).isInstanceOf(InvalidInputException.class);
        assertThat(admin.isEnabled()).isTrue();

        patient.disableBy(admin.id());
        assertThat(patient.isEnabled()).isFalse();
    }

    @Test
    void emailsCompareWithoutCaseOrSurroundingSpace() {
        assertThat(Account.normalizeEmail(" Olivia.Patel@Practice.Example")).isEqualTo("olivia.patel@practice.example");
        assertThat(AccountId.random()).isNotEqualTo(AccountId.random());
    }
}
