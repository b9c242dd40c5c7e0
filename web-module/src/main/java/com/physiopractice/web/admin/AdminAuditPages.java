package com.physiopractice.web.admin;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditEntry;
import com.physiopractice.audit.AuditQuery;
import com.physiopractice.audit.AuditTrail;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for the administrator: filtered by who, what, which record and when (UTC),
 * newest first, 50 lines a page, and the same search as a CSV file. Each search and each export is
 * itself a line of the trail, as the API's are.
 */
@Controller
class AdminAuditPages {

    private static final int PAGE_LENGTH = 50;
    /** An export is one file a spreadsheet opens; a longer history is searched in parts. */
    static final int MOST_EXPORTED = 10_000;
    private static final int EXPORT_BATCH = 500;
    static final AuditAction AUDIT_EXPORTED = AuditAction.of("AUDIT_EXPORTED");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "id");

    private final AuditTrail audit;
    private final MessageSource messages;

    AdminAuditPages(AuditTrail audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** One line as the page shows it. */
    record Line(String when, String who, String action, String subject, String address, int occurrences) {
    }

    /**
     * The filters as typed, bound from the query string (absent ones empty): the form shows them
     * again, and bad ones are named.
     */
    record Filters(String actor, String action, String subjectType, String subjectId, String from, String to) {

        Filters {
            actor = stripped(actor);
            action = stripped(action);
            subjectType = stripped(subjectType);
            subjectId = stripped(subjectId);
            from = stripped(from);
            to = stripped(to);
        }

        private static String stripped(@Nullable String value) {
            return value == null ? "" : value.strip();
        }
    }

    @GetMapping("/admin/audit")
    String trail(Filters filters, @RequestParam(defaultValue = "0") int page, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Map<String, String> errors = new LinkedHashMap<>();
        AuditQuery query = query(filters, errors);
        model.addAttribute("filters", filters);
        model.addAttribute("errors", errors);
        model.addAttribute("page", Math.max(page, 0));
        if (query == null) {
            response.setStatus(400);
            model.addAttribute("lines", List.of());
            model.addAttribute("hasNext", false);
            return "admin/audit";
        }
        audit.record(AuditQuery.AUDIT_SEARCHED, "AUDIT_QUERY", query.describe());
        Page<AuditEntry> found = audit.search(query, PageRequest.of(Math.max(page, 0), PAGE_LENGTH, NEWEST_FIRST));
        model.addAttribute("lines", found.getContent().stream().map(AdminAuditPages::line).toList());
        model.addAttribute("hasNext", found.hasNext());
        model.addAttribute("total", found.getTotalElements());
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    void export(Filters filters, HttpServletResponse response) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        AuditQuery query = query(filters, errors);
        if (query == null) {
            response.sendError(400, String.join("; ", errors.values()));
            return;
        }
        audit.record(AUDIT_EXPORTED, "AUDIT_QUERY", query.describe());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write(AuditCsv.HEADER);
        int written = 0;
        for (int batch = 0; written < MOST_EXPORTED; batch++) {
            Page<AuditEntry> found = audit.search(query, PageRequest.of(batch, EXPORT_BATCH, NEWEST_FIRST));
            for (AuditEntry entry : found.getContent()) {
                if (written++ < MOST_EXPORTED) {
                    out.write(AuditCsv.row(entry));
                }
            }
            if (!found.hasNext()) {
                break;
            }
        }
        out.flush();
    }

    /** The query, or null with every bad filter named in {@code errors}. */
    private @Nullable AuditQuery query(Filters filters, Map<String, String> errors) {
        Instant from = instant(filters.from(), "from", errors);
        Instant to = instant(filters.to(), "to", errors);
        if (from != null && to != null && !to.isAfter(from)) {
            errors.put("to", message("audit.error.order"));
        }
        for (String[] text : new String[][] {{"actor", filters.actor()}, {"action", filters.action()},
                {"subjectType", filters.subjectType()}, {"subjectId", filters.subjectId()}}) {
            if (text[1].length() > 255) {
                errors.put(text[0], message("audit.error.long", message("audit.field." + text[0])));
            }
        }
        return !errors.isEmpty() ? null : new AuditQuery(blankToNull(filters.actor()), blankToNull(filters.action()),
                blankToNull(filters.subjectType()), blankToNull(filters.subjectId()), from, to);
    }

    /** A datetime-local value ("2027-01-12T14:00"), read as UTC as the form says. */
    private @Nullable Instant instant(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATime) {
            errors.put(field, message("audit.error.time", message("audit.field." + field)));
            return null;
        }
    }

    private static Line line(AuditEntry entry) {
        String who = entry.actorAccount() == null ? "—" : entry.actorRole() + " " + entry.actorAccount();
        String subject = Stream.of(entry.subjectType(), entry.subjectId()).filter(part -> part != null)
                .reduce((type, id) -> type + " " + id).orElse("—");
        return new Line(AdminStaffPages.WHEN.format(entry.occurredAt().atZone(AdminStaffPages.UTC)), who,
                entry.action(), subject, entry.clientAddress() == null ? "—" : entry.clientAddress(),
                entry.occurrences());
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
