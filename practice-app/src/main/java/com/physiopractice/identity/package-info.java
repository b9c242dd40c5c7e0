/**
 * Who may do what: sign-in accounts, registration, access and refresh tokens, sign-in throttling,
 * the security filter chain (deny by default) and the audit trail every module writes to through
 * {@link com.physiopractice.domain.audit.AuditTrail}.
 */
@ApplicationModule(displayName = "Identity and audit")
package com.physiopractice.identity;

import org.springframework.modulith.ApplicationModule;
