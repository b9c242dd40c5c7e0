package com.physiopractice.identity.account;

import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.identity.account.AccountService.PatientRegistration;
import com.physiopractice.identity.account.AccountService.TherapistOnboarding;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDirectoryService implements AccountDirectory {

    private final AccountService accounts;
    private final Accounts repository;

    AccountDirectoryService(AccountService accounts, Accounts repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(PatientId patient) {
        return repository.enabledEmailOfPatient(patient.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(TherapistId therapist) {
        return repository.enabledEmailOfTherapist(therapist.value());
    }

    @Override
    public boolean exists(String email) {
        return accounts.emailInUse(email);
    }

    @Override
    public TherapistId createTherapist(String email, String password, String fullName, @Nullable String title,
            String timeZone) {
        return accounts.createTherapist(new TherapistOnboarding(email, password, fullName, title, timeZone))
                .requireTherapist();
    }

    @Override
    public PatientId registerPatient(String email, String password, String fullName, LocalDate dateOfBirth,
            @Nullable String phone, String timeZone) {
        return accounts.registerPatient(new PatientRegistration(email, password, fullName, dateOfBirth, phone, timeZone))
                .requirePatient();
    }
}
