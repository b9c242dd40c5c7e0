package com.physiopractice.identity.account;

import com.physiopractice.identity.access.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Accounts extends Repository<Account, UUID> {

    Account save(Account account);

    Optional<Account> findById(UUID id);

    Optional<Account> findByEmail(String normalizedEmail);

    Optional<Account> findByPatientId(UUID patientId);

    @Query("select a from Account a where a.role = com.physiopractice.identity.access.Role.PATIENT "
            + "and a.closedAt is not null and a.closedAt < :before order by a.closedAt")
    List<Account> findClosedPatientsBefore(java.time.Instant before);

    // Where to write to someone: the address alone (each email sent asks), not the whole account.
    @Query("select a.email from Account a where a.patientId = :patientId and a.enabled = true")
    Optional<String> enabledEmailOfPatient(UUID patientId);

    @Query("select a.email from Account a where a.therapistId = :therapistId and a.enabled = true")
    Optional<String> enabledEmailOfTherapist(UUID therapistId);

    @Query("select a from Account a where a.role <> com.physiopractice.identity.access.Role.PATIENT order by a.email")
    List<Account> findStaffByEmail();

    boolean existsByEmail(String normalizedEmail);

    @Query("select a.email from Account a where a.email in :normalizedEmails")
    List<String> findEmailsIn(java.util.Collection<String> normalizedEmails);

    @Query("select a.therapistId from Account a where a.email = :normalizedEmail and a.enabled = true "
            + "and a.therapistId is not null")
    Optional<UUID> enabledTherapistWithEmail(String normalizedEmail);

    boolean existsByRole(Role role);
}
