-- An address is verified when its owner follows the link sent to it; accounts from before this
-- change (and staff accounts, made by an administrator) count as verified. Links sent by email
-- (verify an address, reset a password, enrol as staff) are single use and expire; only the
-- SHA-256 of each link's token is kept.
ALTER TABLE identity_account ADD COLUMN email_verified_at DATETIME(6) NULL;
UPDATE identity_account SET email_verified_at = created_at;

CREATE TABLE identity_email_link (
    token_hash CHAR(64)    NOT NULL,
    account_id CHAR(36)    NOT NULL,
    purpose    VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (token_hash),
    KEY ix_identity_email_link_account (account_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
