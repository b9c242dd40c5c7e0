-- Education content. The working copy and workflow state of each piece.
CREATE TABLE content_item (
    id                CHAR(36)     NOT NULL,
    seed_key          VARCHAR(80)  NULL,
    type              VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    slug              VARCHAR(120) NOT NULL,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(600) NOT NULL,
    body_markdown     MEDIUMTEXT   NOT NULL,
    tags              VARCHAR(900) NOT NULL,
    keywords          VARCHAR(2000) NOT NULL,
    condition_code    VARCHAR(40)  NULL,
    movement_pattern  VARCHAR(20)  NULL,
    contraindications VARCHAR(200) NOT NULL,
    reading_grade     DOUBLE       NOT NULL,
    draft_revision    INT          NOT NULL,
    live_revision     INT          NULL,
    live_slug         VARCHAR(120) NULL,
    publish_at        DATETIME(6)  NULL,
    reviewed_by       VARCHAR(300) NULL,
    last_reviewed_on  DATE         NULL,
    next_review_due   DATE         NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_content_item_slug (slug),
    UNIQUE KEY uq_content_item_seed_key (seed_key),
    KEY ix_content_item_status (status, updated_at),
    KEY ix_content_item_publish_at (publish_at),
    KEY ix_content_item_review_due (next_review_due)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every saved state of every piece; rows are only ever added.
CREATE TABLE content_revision (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    item_id           CHAR(36)     NOT NULL,
    number            INT          NOT NULL,
    slug              VARCHAR(120) NOT NULL,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(600) NOT NULL,
    body_markdown     MEDIUMTEXT   NOT NULL,
    tags              VARCHAR(900) NOT NULL,
    keywords          VARCHAR(2000) NOT NULL,
    condition_code    VARCHAR(40)  NULL,
    movement_pattern  VARCHAR(20)  NULL,
    contraindications VARCHAR(200) NOT NULL,
    reading_grade     DOUBLE       NOT NULL,
    restored_from     INT          NULL,
    saved_by          CHAR(36)     NULL,
    saved_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_content_revision_number (item_id, number),
    CONSTRAINT fk_content_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The live library: the published revision of each piece, already rendered and sanitized. Public
-- reads and search touch only this table, so drafts can never be served.
CREATE TABLE content_published (
    item_id           CHAR(36)     NOT NULL,
    slug              VARCHAR(120) NOT NULL,
    type              VARCHAR(20)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(600) NOT NULL,
    body_html         MEDIUMTEXT   NOT NULL,
    body_text         MEDIUMTEXT   NOT NULL,
    tags              VARCHAR(900) NOT NULL,
    keywords          VARCHAR(2000) NOT NULL,
    condition_code    VARCHAR(40)  NULL,
    movement_pattern  VARCHAR(20)  NULL,
    contraindications VARCHAR(200) NOT NULL,
    links             VARCHAR(2000) NOT NULL,
    revision          INT          NOT NULL,
    published_at      DATETIME(6)  NOT NULL,
    reviewed_by       VARCHAR(300) NULL,
    last_reviewed_on  DATE         NULL,
    next_review_due   DATE         NOT NULL,
    reading_grade     DOUBLE       NOT NULL,
    PRIMARY KEY (item_id),
    UNIQUE KEY uq_content_published_slug (slug),
    KEY ix_content_published_type (type, title),
    FULLTEXT KEY ft_content_published_all (title, summary, body_text, keywords),
    FULLTEXT KEY ft_content_published_title (title, keywords),
    CONSTRAINT fk_content_published_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Slugs a piece was published under before; each answers with a permanent redirect.
CREATE TABLE content_slug_redirect (
    old_slug VARCHAR(120) NOT NULL,
    item_id  CHAR(36)     NOT NULL,
    PRIMARY KEY (old_slug),
    CONSTRAINT fk_content_slug_redirect_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
