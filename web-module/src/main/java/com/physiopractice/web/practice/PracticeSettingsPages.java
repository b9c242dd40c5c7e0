package com.physiopractice.web.practice;

import com.physiopractice.booking.CalendarFeeds;
import com.physiopractice.identity.BrowserAccounts;
import com.physiopractice.identity.access.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Her settings: who she is to the practice (her details, password and second factor are changed on
 * the details page every account shares) and her calendar feed, the secret address her calendar app
 * subscribes to. A new address is shown once, straight after it is made, and never stored; making
 * another or turning the feed off stops the old one at once, so both ask first.
 */
@Controller
class PracticeSettingsPages {

    private final BrowserAccounts accounts;
    private final CalendarFeeds feeds;
    private final Workspace workspace;

    PracticeSettingsPages(BrowserAccounts accounts, CalendarFeeds feeds, Workspace workspace) {
        this.accounts = accounts;
        this.feeds = feeds;
        this.workspace = workspace;
    }

    /** @param confirm {@code rotate} or {@code revoke}: the question asked before either */
    @GetMapping("/practice/settings")
    String settings(@RequestParam(required = false) @Nullable String confirm, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        ZoneId zone = workspace.zoneOf(therapist);
        Optional<CalendarFeeds.Standing> feed = feeds.standing(therapist.requireTherapist());
        model.addAttribute("profile", accounts.profile(therapist));
        model.addAttribute("feedMade", feed.map(standing -> workspace.dateTime(standing.madeAt(), zone)).orElse(null));
        model.addAttribute("feedExpires", feed.map(standing -> workspace.dateTime(standing.expiresAt(), zone))
                .orElse(null));
        model.addAttribute("confirm", feed.isPresent() && ("rotate".equals(confirm) || "revoke".equals(confirm))
                ? confirm : null);
        return "practice/settings";
    }

    @PostMapping("/practice/settings/calendar-feed")
    String makeFeed(HttpServletRequest request, RedirectAttributes flash) {
        CalendarFeeds.Address address = feeds.rotate(Workspace.therapist(request).requireTherapist());
        // Shown on the next page only: the flash lives in her session until that one request.
        flash.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromContextPath(request)
                .path(CalendarFeeds.path(address.token())).toUriString());
        // This redirect alone gets this address: of a double click the browser follows the second
        // answer, and the first's (by then dead) address must not be the one shown.
        return "redirect:/practice/settings?made=" + java.util.UUID.randomUUID() + "#calendar-feed";
    }

    @PostMapping("/practice/settings/calendar-feed/revoke")
    String revokeFeed(HttpServletRequest request, RedirectAttributes flash) {
        feeds.revoke(Workspace.therapist(request).requireTherapist());
        flash.addFlashAttribute("done", "settings.feed.revoked");
        return "redirect:/practice/settings#calendar-feed";
    }
}
