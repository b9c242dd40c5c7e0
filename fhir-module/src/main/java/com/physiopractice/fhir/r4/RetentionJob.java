package com.physiopractice.fhir.r4;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.identity.AccountDirectory.ClosedPatient;
import com.physiopractice.platform.LogSafe;
import com.physiopractice.sharedkernel.PatientDataPurge;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what is left of a patient who closed her account once the practice no longer has to keep
 * her health record: the retention period ({@code practice.fhir.retention}, 8 years for an adult's
 * record) counted from the later of her closing and her last contact as any module knows it. Each
 * patient in a transaction of her own, every module's rows (in their order: the record, triage,
 * booking, then her person and account); what remains are audit lines naming her id, which is
 * pseudonymous once nothing else names it. One node at a time.
 */
@Component
public class RetentionJob {

    static final AuditAction PATIENT_RECORD_PURGED = AuditAction.of("PATIENT_RECORD_PURGED");

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final AccountDirectory accounts;
    private final List<PatientDataPurge> purges;
    private final AuditTrail audit;
    private final FhirSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RetentionJob(AccountDirectory accounts, List<PatientDataPurge> purges, AuditTrail audit, FhirSettings settings,
            Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.purges = purges;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${practice.fhir.retention-check:6h}",
            initialDelayString = "${practice.fhir.retention-check:6h}")
    @SchedulerLock(name = "fhir-retention-purge", lockAtMostFor = "PT1H")
    public void purgeDue() {
        Instant keepFrom = clock.instant().minus(settings.retention());
        int purged = 0;
        for (ClosedPatient closed : accounts.closedPatientsBefore(keepFrom)) {
            try {
                Boolean done = transaction.execute(status -> {
                    Instant lastContact = purges.stream().flatMap(purge -> purge.lastContact(closed.patient()).stream())
                            .max(Instant::compareTo).filter(last -> last.isAfter(closed.closedAt()))
                            .orElse(closed.closedAt());
                    if (!lastContact.isBefore(keepFrom)) {
                        return false;
                    }
                    purges.forEach(purge -> purge.purge(closed.patient()));
                    audit.recordWithChange(PATIENT_RECORD_PURGED, "Patient", closed.patient());
                    return true;
                });
                purged += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException failed) {
                log.warn("Retention purge of patient {} failed, next run tries again: {}", closed.patient(),
                        LogSafe.summary(failed));
            }
        }
        if (purged > 0) {
            log.info("Retention purge: the data of {} former patient(s) deleted", purged);
        }
    }
}
