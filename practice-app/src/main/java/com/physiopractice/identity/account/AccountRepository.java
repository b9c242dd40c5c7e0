package com.physiopractice.identity.account;

import com.physiopractice.domain.access.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, UUID> {

    Account save(Account account);

    Optional<Account> findById(UUID id);

    Optional<Account> findByEmail(String normalizedEmail);

    Optional<Account> findByPatientId(UUID patientId);

    Optional<Account> findByTherapistId(UUID therapistId);

    boolean existsByEmail(String normalizedEmail);

    boolean existsByRole(Role role);
}
