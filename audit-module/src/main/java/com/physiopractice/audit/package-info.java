/**
 * The audit trail: who did what to which record, when (UTC) and from where, append-only. Every
 * module writes to it through {@link com.physiopractice.audit.AuditTrail}; the module that signs
 * people in tells it who is acting ({@link com.physiopractice.audit.CurrentActor}). Owns the table
 * {@code audit_event}. Publishes no events, and depends on no other module.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {})
@NullMarked
package com.physiopractice.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
