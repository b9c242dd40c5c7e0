package com.physiopractice.content.rendering;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns the therapist's Markdown into HTML that is safe to serve, in two independent layers:
 * CommonMark escapes any raw HTML and drops unsafe link schemes, then an allow-list sanitizer keeps
 * only text formatting, blocks, tables and http(s)/mailto/relative links. Either layer alone would
 * stop the usual attacks; together a mistake in one is caught by the other.
 */
public final class MarkdownRendering {

    /** Links to other practice content are written as {@code /content/<slug>}. */
    private static final Pattern INTERNAL_LINK = Pattern.compile("^/content/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

    private MarkdownRendering() {
    }

    public static RenderedBody render(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        String html = POLICY.sanitize(HTML.render(document));
        return new RenderedBody(html, TEXT.render(document), internalLinks(document));
    }

    /** The plain text of a Markdown body, one block per line. */
    public static String plainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    private static Set<String> internalLinks(Node document) {
        Set<String> slugs = new LinkedHashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                Matcher internal = INTERNAL_LINK.matcher(link.getDestination());
                if (internal.matches()) {
                    slugs.add(internal.group(1));
                }
                visitChildren(link);
            }
        });
        return slugs;
    }
}
