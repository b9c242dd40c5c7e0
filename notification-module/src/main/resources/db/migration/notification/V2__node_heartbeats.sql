-- Which node claimed an email, and when each node last said it was alive: an email claimed by a
-- node that has gone silent is taken over in seconds rather than after the claim's lease.
-- Times are the database's own (UTC_TIMESTAMP), so the nodes' clocks need not agree.
CREATE TABLE notification_node (
    node_id      VARCHAR(36) NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    heartbeat_at DATETIME(6) NOT NULL,
    PRIMARY KEY (node_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE notification_delivery ADD COLUMN claimed_by VARCHAR(36) NULL;
