package com.physiopractice.identity.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Query only (lines are appended by AuditLog): there is deliberately no way to change or delete an audit event. */
interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {
}
