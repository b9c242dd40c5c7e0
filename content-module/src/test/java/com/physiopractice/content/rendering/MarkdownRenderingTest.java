package com.physiopractice.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rendering of ordinary Markdown; the attack corpus is run over HTTP in ContentSafetyHttpTest. */
class MarkdownRenderingTest {

    @Test
    void ordinaryMarkdownKeepsItsStructureAndSafeLinks() {
        RenderedBody body = MarkdownRendering.render("""
                ## Heading

                Some **bold** and *calm* text with [a guide](https://example.org/guide) and
                [another piece](/content/herniated-disc).

                - one
                - two
                """);
        assertThat(body.html()).contains("<h2>Heading</h2>", "<strong>bold</strong>", "<em>calm</em>", "<li>one</li>",
                "href=\"https://example.org/guide\"", "href=\"/content/herniated-disc\"");
        assertThat(body.linkedSlugs()).containsExactly("herniated-disc");
        assertThat(body.text()).contains("Heading", "bold", "one").doesNotContain("**", "##");
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(MarkdownRendering.render("Use <b>caution</b>.").html()).contains("&lt;b&gt;caution&lt;/b&gt;");
    }
}
