-- One row per throttled key (an account's email, a client address), locked while an attempt is
-- counted and reserved, so parallel guesses at one account are checked one after another and no
-- more than the limit of passwords is ever verified within the window.
CREATE TABLE identity_sign_in_throttle_key (
    key_kind  VARCHAR(8)   NOT NULL,
    key_value VARCHAR(254) NOT NULL,
    PRIMARY KEY (key_kind, key_value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
