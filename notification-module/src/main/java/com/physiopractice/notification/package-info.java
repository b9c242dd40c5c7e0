/**
 * Tells patients and the therapist what happened: booking confirmations, reschedules and
 * cancellations with calendar invitations, reminders before consultations, and an immediate alert
 * to the therapists for intakes that need urgent medical attention. Events reach it through Spring
 * Modulith's event publication registry (recorded in the transaction of the change, delivered after
 * commit, retried until they succeed); each email is sent once, whatever the retries and nodes.
 * <p>
 * API: {@link com.physiopractice.notification.DeliveryOutbox} (the administrator's: deliveries still
 * pending, resubmitted); it listens to {@code booking}, {@code triage} and {@code records} events. Tables: {@code notification_delivery} (and the registry's
 * {@code EVENT_PUBLICATION}, created by the platform).
 */
@ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"sharedkernel", "platform", "audit", "identity", "identity::access", "people", "booking", "triage", "records"})
@NullMarked
package com.physiopractice.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
