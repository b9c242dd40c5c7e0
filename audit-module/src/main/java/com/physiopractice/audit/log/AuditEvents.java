package com.physiopractice.audit.log;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Query only (lines are appended by AuditLog): there is deliberately no way to change or delete an audit event. */
interface AuditEvents extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {
}
