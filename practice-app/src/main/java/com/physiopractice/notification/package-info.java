/**
 * Tells patients and the therapist what happened: booking confirmations, reschedules and
 * cancellations with calendar invitations, reminders before consultations, and an immediate alert
 * to the therapist for intakes that need urgent medical attention. Events reach it through Spring
 * Modulith's event publication registry (recorded in the transaction of the change, delivered after
 * commit, retried until they succeed); each email is sent once, whatever the retries and nodes.
 */
@ApplicationModule(displayName = "Notifications")
package com.physiopractice.notification;

import org.springframework.modulith.ApplicationModule;
