package com.physiopractice.notification.mail;

import com.physiopractice.notification.NotificationSettings;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's heartbeat in the database, and the other nodes' as every node sees them. An email is
 * claimed in the name of this node; a claim whose node has gone silent for
 * {@link NotificationSettings#nodeLostAfter()} is taken over at once (a killed node never finishes
 * its sends, and waiting out the lease kept confirmations back for minutes).
 * <p>
 * Every node beats (no lock: each keeps its own row). Times are the database's UTC clock on both
 * sides of the comparison, so nodes whose clocks disagree still judge each other alike. A restarted
 * node is a new node: its predecessor's claims are the dead node's.
 */
@Component
public class NodeLiveness {

    private static final Logger log = LoggerFactory.getLogger(NodeLiveness.class);

    private final JdbcClient jdbc;
    private final long lostAfterMicros;
    private final String nodeId = UUID.randomUUID().toString();

    NodeLiveness(JdbcClient jdbc, NotificationSettings settings) {
        this.jdbc = jdbc;
        this.lostAfterMicros = settings.nodeLostAfter().toNanos() / 1_000;
        // Before the first claim: a claim by a node without a row reads as a lost node's.
        jdbc.sql("""
                INSERT INTO notification_node (node_id, started_at, heartbeat_at)
                VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""").param(nodeId).update();
        log.info("Node {} sends emails in its own name", nodeId);
    }

    /** The name this node claims emails in. */
    String nodeId() {
        return nodeId;
    }

    @Scheduled(fixedDelayString = "${practice.notification.node-heartbeat:2s}")
    public void beat() {
        try {
            // A row deleted while this node was unreachable (taken for lost) comes back.
            jdbc.sql("""
                    INSERT INTO notification_node (node_id, started_at, heartbeat_at)
                    VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                    ON DUPLICATE KEY UPDATE heartbeat_at = UTC_TIMESTAMP(6)""").param(nodeId).update();
        } catch (RuntimeException unreachable) {
            log.debug("Heartbeat not written: {}", unreachable.getClass().getSimpleName());
        }
    }

    /**
     * Forgets the nodes silent for longer than the setting, and says how many there were: when
     * there were any, what they left unfinished should be handed out again now.
     */
    public int forgetLostNodes() {
        return jdbc.sql("DELETE FROM notification_node WHERE heartbeat_at < UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND")
                .param(lostAfterMicros).update();
    }

    /** Whether the node of this name has beaten within the setting (this node always has). */
    boolean isAlive(String node) {
        return node.equals(nodeId) || jdbc.sql("""
                SELECT COUNT(*) FROM notification_node
                WHERE node_id = ? AND heartbeat_at >= UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND""")
                .params(node, lostAfterMicros).query(Integer.class).single() > 0;
    }
}
