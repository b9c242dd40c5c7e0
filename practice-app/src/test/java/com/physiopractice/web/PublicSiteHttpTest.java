package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public site over HTTP: headers, sitemap, robots, redirects and problem pages. */
@PracticeIntegrationTest
class PublicSiteHttpTest {

    static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml");

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = Api.on(port);
    }

    @Test
    void pagesAreHtmlWithAStrictContentSecurityPolicy() {
        Api.Response home = api.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(home.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.text()).contains("<html lang=\"en\">", "Book an online consultation");
    }

    @Test
    void anArticlePageIsRevalidatedWithItsETag() {
        Api.Response first = api.get("/education/lower-back-and-hip-pain");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");

        Api.Response again = api.send("GET", "/education/lower-back-and-hip-pain", null, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.text()).isEmpty();
        Api.Response other = api.send("GET", "/education/herniated-disc", null, Map.of("If-None-Match", etag));
        assertThat(other.status()).as("another piece is another page").isEqualTo(200);
    }

    @Test
    void theSitemapListsEveryPublishedPieceAndRobotsPointsToIt() {
        Api.Response sitemap = api.get("/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.contentType()).startsWith("application/xml");
        assertThat(sitemap.text()).contains("<loc>http://localhost:8080/education/lower-back-and-hip-pain</loc>",
                "<loc>http://localhost:8080/education/herniated-disc</loc>");
        int published = api.get("/api/v1/content?size=50").body().path("page").path("totalElements").asInt();
        assertThat(sitemap.text().split("/education/", -1).length - 1).as("one per piece").isEqualTo(published);

        assertThat(api.get("/robots.txt").text()).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /api/");
    }

    @Test
    void linksBetweenPiecesLeadToTheirPagesAndUnknownAddressesAreTheNotFoundPage() {
        Api.Response link = api.get("/content/herniated-disc");
        assertThat(link.status()).isEqualTo(301);
        assertThat(link.header("Location")).endsWith("/education/herniated-disc");

        Api.Response missing = api.get("/education/no-such-piece");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.text()).contains("Page not found").doesNotContain("Exception");

        Api.Response nowhere = api.send("GET", "/no-such-page", null, BROWSER);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("text/html");

        Api.Response badFilter = api.get("/education?type=NOT_A_TYPE");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.text()).contains("That address did not work");
        assertThat(api.get("/education?page=-1").status()).isEqualTo(400);

        assertThat(api.get("/api/v1/no-such-endpoint").contentType()).as("the API keeps problem+json")
                .startsWith("application/problem+json");
    }
}
