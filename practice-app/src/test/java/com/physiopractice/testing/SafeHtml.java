package com.physiopractice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/** Attacks hidden in Markdown, and a check that served HTML cannot run any of them. */
public final class SafeHtml {

    private SafeHtml() {
    }

    /** Markdown an attacker (or a careless paste) might put in a body; none may come back executable. */
    public static List<String> xssCorpus() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<body onload=alert(1)>",
                "<a href=\"#\" onclick=\"alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](java\tscript:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](&#x6A;avascript&#x3A;alert(1))",
                "[click](javascript&colon;alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click](vbscript:msgbox(1))",
                "[click](&#118;bscript:msgbox(1))",
                "<javascript:alert(1)>",
                "![img](javascript:alert(1))",
                "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<svg onload=alert(1)><circle r=1></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<div style=\"behavior:url(x.htc)\">x</div>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "[x](\"onmouseover=alert(1) )",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
                "`<script>alert(1)</script>` and\n\n    <script>alert(1)</script>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:/\">",
                "[link](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")");
    }

    private static final Set<String> SAFE_ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "strong", "em", "b", "i", "a", "blockquote", "pre", "code", "hr", "br", "table", "thead", "tbody", "tr", "th",
            "td");
    private static final Set<String> SAFE_ATTRIBUTES = Set.of("href", "rel", "title", "align");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9:-]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)(?:=\"([^\"]*)\")?");

    /**
     * Reads the HTML as a browser would: every real tag (text is escaped, so a literal '<' is
     * always a tag) must be a harmless element with harmless attributes, and every link target,
     * once its entities are decoded, must not run script or embed data.
     */
    public static void assertNotExecutable(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertThat(SAFE_ELEMENTS).as("element in " + html).contains(tag.group(2).toLowerCase(Locale.ROOT));
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                assertThat(SAFE_ATTRIBUTES).as("attribute in " + html).contains(name);
                if (name.equals("href")) {
                    String target = Encoding.decodeHtml(attribute.group(2), true).replaceAll("[\\s\\x00-\\x1f]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(target).as(html).doesNotStartWith("javascript:").doesNotStartWith("data:")
                            .doesNotStartWith("vbscript:");
                }
            }
        }
    }

}
