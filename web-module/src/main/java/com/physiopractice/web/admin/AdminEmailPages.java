package com.physiopractice.web.admin;

import com.physiopractice.notification.DeliveryOutbox;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The emails and alerts not delivered yet (failed, or still being tried with back-off), oldest
 * first, and sending chosen ones or all of them again now. Resubmitting twice is harmless: an email
 * already sent is never sent again.
 */
@Controller
class AdminEmailPages {

    /** More than a day's mail of a practice of one therapist; the rest wait their turn. */
    private static final int MOST_SHOWN = 500;

    private final DeliveryOutbox outbox;

    AdminEmailPages(DeliveryOutbox outbox) {
        this.outbox = outbox;
    }

    record Line(String id, String event, String listener, String status, int attempts, String published,
            String lastResubmitted) {
    }

    @GetMapping("/admin/emails")
    String pending(HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("lines", outbox.pending(MOST_SHOWN).stream().map(delivery -> new Line(delivery.id().toString(),
                delivery.event(), delivery.listener(), delivery.status(), delivery.attempts(),
                AdminStaffPages.WHEN.format(delivery.publishedAt().atZone(AdminStaffPages.UTC)),
                delivery.lastResubmittedAt() == null ? "—"
                        : AdminStaffPages.WHEN.format(delivery.lastResubmittedAt().atZone(AdminStaffPages.UTC))))
                .toList());
        return "admin/emails";
    }

    /** The ticked deliveries, or all of them with {@code all}. */
    @PostMapping("/admin/emails/resubmit")
    String resubmit(@RequestParam(required = false) @Nullable List<UUID> ids,
            @RequestParam(defaultValue = "false") boolean all, RedirectAttributes flash) {
        if (!all && (ids == null || ids.isEmpty())) {
            flash.addFlashAttribute("refusal", "emails.chooseSome");
            return "redirect:/admin/emails";
        }
        outbox.resubmit(all ? Set.of() : Set.copyOf(ids));
        flash.addFlashAttribute("done", all ? "emails.resubmittedAll" : "emails.resubmitted");
        flash.addFlashAttribute("count", all ? 0 : ids.size());
        return "redirect:/admin/emails";
    }
}
