/**
 * Patient education: articles, condition pages, exercise cards and self-care tips, their review
 * workflow, safe rendering, search and recommendations. Its root package is the module's published
 * API; sub-packages are internal.
 */
@ApplicationModule(displayName = "Content")
package com.physiopractice.content;

import org.springframework.modulith.ApplicationModule;
