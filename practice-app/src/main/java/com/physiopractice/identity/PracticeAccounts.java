package com.physiopractice.identity;

import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.identity.account.AccountRepository;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.identity.account.AccountService.PatientRegistration;
import com.physiopractice.identity.account.AccountService.TherapistOnboarding;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other parts of the application may do with accounts: create them for people they set up, and find where to write to them. */
@Service
public class PracticeAccounts {

    private final AccountService accounts;
    private final AccountRepository repository;

    PracticeAccounts(AccountService accounts, AccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    /** Where to write to a patient: the email of their account, if it is enabled. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(PatientId patient) {
        return repository.enabledEmailOfPatient(patient.value());
    }

    /** Where to write to a therapist: the email of her account, if it is enabled. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(TherapistId therapist) {
        return repository.enabledEmailOfTherapist(therapist.value());
    }

    public boolean exists(String email) {
        return accounts.emailInUse(email);
    }

    public TherapistId createTherapist(String email, String password, String fullName, String title, String timeZone) {
        return accounts.createTherapist(new TherapistOnboarding(email, password, fullName, title, timeZone))
                .asCaller().therapist();
    }

    public PatientId registerPatient(String email, String password, String fullName, LocalDate dateOfBirth,
            String phone, String timeZone) {
        return accounts.registerPatient(new PatientRegistration(email, password, fullName, dateOfBirth, phone, timeZone))
                .asCaller().patient();
    }
}
