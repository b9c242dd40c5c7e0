package com.physiopractice.web.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the practice is, as its public pages say it.
 *
 * @param siteUrl where the site is published: canonical links, the sitemap and Open Graph use it
 * @param therapistName the therapist patients book, as the home page introduces her
 * @param consultationPrice what an online consultation costs, as shown (e.g. "£65"); not shown when absent
 */
@Validated
@ConfigurationProperties("practice.site")
public record PracticeProfile(
        @NotNull @DefaultValue("http://localhost:8080") URI siteUrl,
        @NotBlank @DefaultValue("Physio Practice") String practiceName,
        @NotBlank @DefaultValue("Dr. Olivia Patel") String therapistName,
        @Nullable String consultationPrice) {

    public PracticeProfile {
        // An empty setting (PRACTICE_CONSULTATION_PRICE unset) means no price is shown.
        consultationPrice = consultationPrice == null || consultationPrice.isBlank() ? null : consultationPrice.strip();
    }

    /** The absolute address of a path of the site. */
    public String absolute(String path) {
        String base = siteUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
