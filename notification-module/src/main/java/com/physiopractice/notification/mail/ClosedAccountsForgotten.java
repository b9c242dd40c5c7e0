package com.physiopractice.notification.mail;

import com.physiopractice.identity.PatientAccountClosed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a patient closes her account, the record of each email sent to her keeps its key (so that
 * nothing is sent twice) but no longer her address. In the closing transaction: a synchronous
 * listener, so the address in the event is never stored by the event publication registry.
 */
@Component
public class ClosedAccountsForgotten {

    static final String ERASED = "erased";

    private final JdbcClient jdbc;

    ClosedAccountsForgotten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PatientAccountClosed closed) {
        forget(closed.formerEmail());
    }

    /** The records of emails sent to this address keep their keys, and no longer the address. */
    public void forget(String formerAddress) {
        jdbc.sql("UPDATE notification_delivery SET recipient = ? WHERE recipient = ?").param(ERASED)
                .param(formerAddress).update();
    }
}
