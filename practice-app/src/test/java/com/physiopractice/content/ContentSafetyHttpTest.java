package com.physiopractice.content;

import static com.physiopractice.testing.SafeHtml.assertNotExecutable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.ContentDesk;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SafeHtml;
import com.physiopractice.testing.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Markdown written to attack readers is published and read back over HTTP: nothing in it may run. */
@PracticeIntegrationTest
class ContentSafetyHttpTest {

    @LocalServerPort
    int port;

    Api anonymous;
    ContentDesk desk;

    @BeforeEach
    void therapist() {
        anonymous = Api.on(port);
        desk = ContentDesk.of(anonymous, TestAccounts.newTherapist(anonymous, "Europe/London"));
    }

    @Test
    void noAttackInTheCorpusComesBackExecutable() {
        List<String> corpus = SafeHtml.xssCorpus();
        for (String attack : corpus) {
            String slug = ContentDesk.uniqueSlug("xss");
            desk.publishNew("ARTICLE", ContentDesk.article(slug, "Safe reading", "Before.\n\n" + attack + "\n\nAfter."));
            Api.Response served = anonymous.get("/api/v1/content/" + slug);
            assertThat(served.status()).as(attack).isEqualTo(200);
            String html = served.body().path("html").asString();
            assertThat(html).as(attack).contains("Before.", "After.");
            assertNotExecutable(html);
        }
        assertThat(corpus).hasSizeGreaterThan(30);
    }

    @Test
    void theCheckItselfCatchesExecutableHtml() {
        for (String bad : List.of("<a href=\"jav&#x61;script:alert(1)\">x</a>", "<p onclick=\"x()\">x</p>",
                "<img src=\"x\">", "<a href=\" data:text/html,x\">x</a>", "<svg></svg>", "<a href=\"#\" style=\"x\">x</a>")) {
            assertThatThrownBy(() -> assertNotExecutable(bad)).as(bad).isInstanceOf(AssertionError.class);
        }
    }
}
