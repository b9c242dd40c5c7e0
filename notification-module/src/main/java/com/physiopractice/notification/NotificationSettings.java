package com.physiopractice.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the practice writes to people.
 *
 * @param from the sender of every email, and the organiser of calendar invitations
 * @param practiceName how the practice signs its emails
 * @param appBaseUrl the address of the practice's web app, for links in emails
 * @param reminderLeads how long before a consultation the patient is reminded (each once)
 * @param reminderCheck how often reminders that have come due are looked for
 * @param retryCheck how often failed deliveries are looked for
 * @param retryFirstDelay the wait before the first retry; it doubles with each attempt...
 * @param retryMaxDelay ...up to this
 * @param keepCompleted how long delivered events stay in the registry (for support)
 * @param keepDeliveryRecords how long the record of a sent email is kept (for support, and so that
 *        nothing is sent twice): long after its appointment, when no event or reminder can ask for
 *        that email again
 * @param deliveryRecordExpiryCheck how often records past that age are deleted
 * @param nodeHeartbeat how often each node says it is alive (in the database, so every node sees it)
 * @param nodeLostAfter a node silent this long is taken to have died: the emails it had claimed are
 *        taken over and the events it left unfinished handed out again, instead of waiting out the
 *        claim's lease. A send that outlives this on a node that stalled (not died) may go twice.
 * @param mailboxDir without a mail server (the dev run), emails are written to this folder as .eml files
 *        (a plain string: Spring would read a Path value as a classpath resource)
 */
@Validated
@ConfigurationProperties("practice.notification")
public record NotificationSettings(
        @NotBlank @DefaultValue("Physio Practice <no-reply@practice.example>") String from,
        @NotBlank @DefaultValue("Dr. Olivia Patel's physiotherapy practice") String practiceName,
        @NotBlank @DefaultValue("http://localhost:8080") String appBaseUrl,
        @NotEmpty @DefaultValue({"24h", "1h"}) List<Duration> reminderLeads,
        @NotNull @DefaultValue("60s") Duration reminderCheck,
        @NotNull @DefaultValue("30s") Duration retryCheck,
        @NotNull @DefaultValue("30s") Duration retryFirstDelay,
        @NotNull @DefaultValue("30m") Duration retryMaxDelay,
        @NotNull @DefaultValue("7d") Duration keepCompleted,
        @NotNull @DefaultValue("90d") Duration keepDeliveryRecords,
        @NotNull @DefaultValue("1h") Duration deliveryRecordExpiryCheck,
        @NotNull @DefaultValue("2s") Duration nodeHeartbeat,
        @NotNull @DefaultValue("10s") Duration nodeLostAfter,
        String mailboxDir) {
}
