package com.physiopractice.content.library;

import com.physiopractice.content.PieceSummary;
import com.physiopractice.content.ContentId;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.content.editorial.ContraindicationsColumn;
import com.physiopractice.content.editorial.TextListColumn;
import com.physiopractice.triage.ConditionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The live library: one row per published piece, holding its already sanitized HTML. Readers only
 * ever query this table, so a draft cannot be served as published, and a read is one indexed
 * lookup with nothing to render. Written only by publishing and archiving.
 */
@Repository
public class PublishedContent {

    private static final TextListColumn LIST = new TextListColumn();
    private static final ContraindicationsColumn CONTRAINDICATIONS = new ContraindicationsColumn();
    private static final String SUMMARY_COLUMNS = "slug, type, title, summary, tags, condition_code, movement_pattern, "
            + "contraindications, last_reviewed_on, reading_grade";

    private static final String PIECE_COLUMNS = "item_id, slug, type, title, summary, body_html, tags, keywords, "
            + "condition_code, movement_pattern, contraindications, links, revision, published_at, reviewed_by, "
            + "last_reviewed_on, next_review_due, reading_grade";

    private final JdbcClient jdbc;

    PublishedContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes this revision the live one (replacing the previous live revision of the piece). */
    public void put(PublishedPiece piece) {
        jdbc.sql("DELETE FROM content_published WHERE item_id = ?").param(piece.id().toString()).update();
        jdbc.sql("""
                INSERT INTO content_published (item_id, slug, type, title, summary, body_html, body_text, tags,
                    keywords, condition_code, movement_pattern, contraindications, links, revision, published_at,
                    reviewed_by, last_reviewed_on, next_review_due, reading_grade)
                VALUES (:id, :slug, :type, :title, :summary, :html, :text, :tags, :keywords, :condition, :movement,
                    :contraindications, :links, :revision, :publishedAt, :reviewedBy, :lastReviewedOn, :nextReviewDue,
                    :readingGrade)""")
                .param("id", piece.id().toString()).param("slug", piece.slug()).param("type", piece.type().name())
                .param("title", piece.title()).param("summary", piece.summary()).param("html", piece.html())
                .param("text", piece.text()).param("tags", LIST.convertToDatabaseColumn(piece.tags()))
                .param("keywords", LIST.convertToDatabaseColumn(piece.keywords()))
                .param("condition", piece.conditionCode() == null ? null : piece.conditionCode().name())
                .param("movement", piece.movementPattern() == null ? null : piece.movementPattern().name())
                .param("contraindications", CONTRAINDICATIONS.convertToDatabaseColumn(piece.contraindications()))
                .param("links", String.join(",", piece.linkedSlugs())).param("revision", piece.revision())
                .param("publishedAt", Timestamp.from(piece.publishedAt())).param("reviewedBy", piece.reviewedBy())
                .param("lastReviewedOn", piece.lastReviewedOn()).param("nextReviewDue", piece.nextReviewDue())
                .param("readingGrade", piece.readingGrade()).update();
    }

    public void remove(ContentId id) {
        jdbc.sql("DELETE FROM content_published WHERE item_id = ?").param(id.toString()).update();
    }

    /** An old slug keeps working as a permanent redirect to wherever the piece lives now. */
    public void redirect(String oldSlug, ContentId id) {
        jdbc.sql("DELETE FROM content_slug_redirect WHERE old_slug = ?").param(oldSlug).update();
        jdbc.sql("INSERT INTO content_slug_redirect (old_slug, item_id) VALUES (?, ?)").param(oldSlug)
                .param(id.toString()).update();
    }

    /** A piece that takes back one of its old slugs no longer redirects from it. */
    public void forgetRedirect(String slug) {
        jdbc.sql("DELETE FROM content_slug_redirect WHERE old_slug = ?").param(slug).update();
    }

    public boolean isRedirectOfAnother(String slug, ContentId id) {
        return jdbc.sql("SELECT COUNT(*) FROM content_slug_redirect WHERE old_slug = ? AND item_id <> ?").param(slug)
                .param(id.toString()).query(Integer.class).single() > 0;
    }

    /** Which revision of which piece is live under a slug: a small indexed lookup made on every read. */
    public Optional<LiveRevision> findLive(String slug) {
        return jdbc.sql("SELECT item_id, revision FROM content_published WHERE slug = ?").param(slug)
                .query((row, number) -> new LiveRevision(new ContentId(UUID.fromString(row.getString("item_id"))),
                        row.getInt("revision")))
                .optional();
    }

    public record LiveRevision(ContentId id, int revision) {

        /** Changes whenever another revision goes live, so a cached copy is revalidated, never served stale. */
        public String etag() {
            return "\"" + id.value().toString().substring(0, 8) + "-r" + revision + "\"";
        }
    }

    /** The live revision of a piece, without the plain text kept for search. */
    public Optional<PublishedPiece> findLive(ContentId id) {
        return jdbc.sql("SELECT " + PIECE_COLUMNS + " FROM content_published WHERE item_id = ?").param(id.toString())
                .query(PublishedContent::piece).optional();
    }

    /** Where an old slug now leads, if the piece it belonged to is still published. */
    public Optional<String> currentSlugOf(String oldSlug) {
        return jdbc.sql("""
                SELECT p.slug FROM content_slug_redirect r JOIN content_published p ON p.item_id = r.item_id
                WHERE r.old_slug = ?""").param(oldSlug).query(String.class).optional();
    }

    /** Of these slugs, the ones that do not lead to published content (other than the piece itself). */
    public Set<String> notPublished(Collection<String> slugs, ContentId self) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        Set<String> live = new HashSet<>(jdbc.sql("""
                SELECT p.slug FROM content_published p WHERE p.item_id <> :self AND p.slug IN (:slugs)
                UNION
                SELECT r.old_slug FROM content_slug_redirect r JOIN content_published p ON p.item_id = r.item_id
                WHERE p.item_id <> :self AND r.old_slug IN (:slugs)""")
                .param("self", self.toString()).param("slugs", slugs).query(String.class).list());
        Set<String> missing = new LinkedHashSet<>(slugs);
        missing.removeAll(live);
        return missing;
    }

    /** Published pieces (other than this one) whose body links to this slug. */
    public List<String> linkingTo(String slug, ContentId self) {
        return jdbc.sql("SELECT slug FROM content_published WHERE item_id <> ? AND FIND_IN_SET(?, links) > 0")
                .param(self.toString()).param(slug).query(String.class).list();
    }

    /**
     * Published pieces, optionally of one type and tag, optionally matching a search: by relevance
     * when searching, by title otherwise. One statement returns the page and the total (a window
     * count), so the full-text search runs once per request.
     */
    public Page<PieceSummary> find(ContentType type, String tag, String query, Pageable page) {
        String terms = query == null || query.isBlank() ? null : SearchExpansion.expand(query);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (type != null) {
            where.append(" AND type = :type");
        }
        if (tag != null) {
            where.append(" AND FIND_IN_SET(:tag, tags) > 0");
        }
        if (terms != null) {
            where.append(" AND MATCH(title, summary, body_text, keywords) AGAINST (:terms)");
        }
        String order = terms == null ? " ORDER BY title, slug"
                : " ORDER BY MATCH(title, summary, body_text, keywords) AGAINST (:terms) DESC, title";
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            params.put("type", type.name());
        }
        if (tag != null) {
            params.put("tag", tag);
        }
        if (terms != null) {
            params.put("terms", terms);
        }
        long[] total = {-1};
        List<PieceSummary> found = jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", COUNT(*) OVER () AS total "
                + "FROM content_published" + where + order + " LIMIT :limit OFFSET :offset").params(params)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((row, number) -> {
                    total[0] = row.getLong("total");
                    return summary(row, number);
                }).list();
        if (total[0] < 0) {
            // A page past the end has no rows to carry the total; only then is it counted apart.
            total[0] = jdbc.sql("SELECT COUNT(*) FROM content_published" + where).params(params).query(Long.class).single();
        }
        return new PageImpl<>(found, page, total[0]);
    }

    /** Every published piece of these types, for recommendations (the library is small). */
    public List<PieceSummary> ofTypes(Collection<ContentType> types) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM content_published WHERE type IN (:types) ORDER BY title")
                .param("types", types.stream().map(Enum::name).toList()).query(PublishedContent::summary).list();
    }

    private static PieceSummary summary(ResultSet row, int number) throws SQLException {
        return new PieceSummary(row.getString("slug"), ContentType.valueOf(row.getString("type")),
                row.getString("title"), row.getString("summary"), LIST.convertToEntityAttribute(row.getString("tags")),
                condition(row), movement(row), CONTRAINDICATIONS.convertToEntityAttribute(row.getString("contraindications")),
                row.getObject("last_reviewed_on", java.time.LocalDate.class), row.getDouble("reading_grade"));
    }

    private static PublishedPiece piece(ResultSet row, int number) throws SQLException {
        String links = row.getString("links");
        return new PublishedPiece(new ContentId(UUID.fromString(row.getString("item_id"))), row.getString("slug"),
                ContentType.valueOf(row.getString("type")), row.getString("title"), row.getString("summary"),
                row.getString("body_html"), null, LIST.convertToEntityAttribute(row.getString("tags")),
                LIST.convertToEntityAttribute(row.getString("keywords")), condition(row), movement(row),
                CONTRAINDICATIONS.convertToEntityAttribute(row.getString("contraindications")),
                links == null || links.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(links.split(","))),
                row.getInt("revision"), row.getTimestamp("published_at").toInstant(), row.getString("reviewed_by"),
                row.getObject("last_reviewed_on", java.time.LocalDate.class),
                row.getObject("next_review_due", java.time.LocalDate.class), row.getDouble("reading_grade"));
    }

    private static ConditionCode condition(ResultSet row) throws SQLException {
        String code = row.getString("condition_code");
        return code == null ? null : ConditionCode.valueOf(code);
    }

    private static MovementPattern movement(ResultSet row) throws SQLException {
        String code = row.getString("movement_pattern");
        return code == null ? null : MovementPattern.valueOf(code);
    }
}
