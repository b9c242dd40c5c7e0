package com.physiopractice.web.site;

import com.physiopractice.content.ContentType;
import com.physiopractice.content.EducationLibrary;
import com.physiopractice.content.EducationLibrary.Reading;
import com.physiopractice.content.PieceSummary;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/** The practice's public pages: home, the education library and each piece, sitemap and robots. */
@Controller
@Validated
class SiteController {

    static final int PAGE_SIZE = 12;

    private final EducationLibrary library;
    private final PracticeProfile practice;
    private final StructuredData structuredData;

    SiteController(EducationLibrary library, PracticeProfile practice, StructuredData structuredData) {
        this.library = library;
        this.practice = practice;
        this.structuredData = structuredData;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("canonical", practice.absolute("/"));
        model.addAttribute("featured", library.find(ContentType.ARTICLE, null, null, PageRequest.of(0, 3)).getContent());
        model.addAttribute("jsonLd", structuredData.practice());
        return "home";
    }

    /** How booking works and where it starts: an account first. */
    @GetMapping("/book")
    String book(HttpServletRequest request, Model model) {
        model.addAttribute("canonical", practice.absolute("/book"));
        model.addAttribute("readyToAnswer", PageSession.of(request)
                .filter(signedIn -> signedIn.caller().isPatient() && signedIn.emailVerified()).isPresent());
        return "book";
    }

    @GetMapping("/education")
    String education(@RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable ContentType type,
            @RequestParam(required = false) @Nullable @Size(max = 40) String tag,
            @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        String search = q == null || q.isBlank() ? null : q.strip();
        String topic = tag == null || tag.isBlank() ? null : tag;
        model.addAttribute("results", library.find(type, topic, search, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("q", search);
        model.addAttribute("type", type);
        model.addAttribute("tag", topic);
        model.addAttribute("types", ContentType.values());
        model.addAttribute("tags", library.topics());
        model.addAttribute("canonical", practice.absolute("/education"));
        return "education/list";
    }

    /**
     * The templates a page is drawn with change only with a new build; a node's start stands for it
     * (a node restarted on the same build only costs each reader one full page).
     */
    private static final String TEMPLATES = Long.toString(System.currentTimeMillis(), 36);

    /**
     * A piece, revalidated with an ETag: its live revision, this build's templates, and whether the
     * reader is signed in (the header differs). Signed-in readers' copies are private.
     */
    @GetMapping("/education/{slug}")
    @Nullable ModelAndView piece(@PathVariable @Size(max = 120) String slug, HttpServletRequest request,
            HttpServletResponse response, WebRequest web) {
        Reading reading = library.read(slug);
        if (reading instanceof Reading.Found found) {
            boolean signedIn = PageSession.of(request).isPresent();
            response.setHeader("Cache-Control", (signedIn ? "private" : "public") + ", no-cache");
            if (web.checkNotModified("\"" + found.version().replace("\"", "") + "-" + (signedIn ? "s" : "p") + "-"
                    + TEMPLATES + "\"")) {
                return null;
            }
            ModelAndView page = new ModelAndView("education/piece");
            page.addObject("piece", found.piece());
            page.addObject("publishedOn", LocalDate.ofInstant(found.piece().publishedAt(), ZoneOffset.UTC));
            page.addObject("canonical", practice.absolute("/education/" + found.piece().slug()));
            page.addObject("jsonLd", structuredData.piece(found.piece()));
            return page;
        }
        if (reading instanceof Reading.Moved moved) {
            ModelAndView redirect = new ModelAndView("redirect:/education/" + moved.slug());
            redirect.setStatus(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        throw new PageNotFoundException();
    }

    /** Pieces link to each other as {@code /content/<slug>}, the library's own addresses. */
    @GetMapping("/content/{slug}")
    ModelAndView contentLink(@PathVariable @Size(max = 120) String slug) {
        ModelAndView redirect = new ModelAndView("redirect:/education/" + slug);
        redirect.setStatus(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, practice.absolute("/"), null);
        url(xml, practice.absolute("/education"), null);
        List<PieceSummary> pieces = library.everything();
        for (PieceSummary piece : pieces) {
            url(xml, practice.absolute("/education/" + piece.slug()),
                    piece.lastReviewedOn() == null ? null : piece.lastReviewedOn().toString());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic()).body(xml.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return "User-agent: *\nDisallow: /api/\nDisallow: /portal\nSitemap: " + practice.absolute("/sitemap.xml") + "\n";
    }

    private static void url(StringBuilder xml, String location, @Nullable String lastModified) {
        // Slugs are lower-case letters, digits and hyphens; the site address is escaped in case.
        xml.append("  <url><loc>").append(org.springframework.web.util.HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
