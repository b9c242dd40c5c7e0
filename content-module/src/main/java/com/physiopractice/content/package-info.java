/**
 * Patient education: articles, condition pages, exercise cards and self-care tips, their review
 * workflow (draft, in review, published, archived) with every revision kept, safe rendering, search
 * and recommendations for a patient's triage result.
 * <p>
 * API: the ids and values of its pieces ({@link com.physiopractice.content.ContentId},
 * {@link com.physiopractice.content.ContentType}, ...) and its published library for readers
 * ({@link com.physiopractice.content.EducationLibrary}), also read over HTTP, and the therapist's
 * editorial desk ({@link com.physiopractice.content.ContentDesk}) for her workspace pages.
 * Publishes no events. Tables: {@code content_item}, {@code content_revision}, {@code content_published},
 * {@code content_slug_redirect}.
 */
@ApplicationModule(displayName = "Content",
        allowedDependencies = {"sharedkernel", "platform", "identity::access", "audit", "people", "triage"})
@NullMarked
package com.physiopractice.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
