package com.physiopractice.identity;

import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.identity.account.AccountService.PatientRegistration;
import com.physiopractice.identity.account.AccountService.TherapistOnboarding;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** What other parts of the application may do with accounts: create them for people they set up. */
@Service
public class PracticeAccounts {

    private final AccountService accounts;

    PracticeAccounts(AccountService accounts) {
        this.accounts = accounts;
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
