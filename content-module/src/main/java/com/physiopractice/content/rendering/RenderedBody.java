package com.physiopractice.content.rendering;

import java.util.Set;

/**
 * A Markdown body made safe to serve.
 *
 * @param html sanitized HTML, rendered once per published revision
 * @param text the plain words, for search and reading level
 * @param linkedSlugs slugs of other practice content the body links to ({@code /content/{slug}})
 */
public record RenderedBody(String html, String text, Set<String> linkedSlugs) {
}
