/** The practice's public pages: home, the education library, the sitemap. */
@NullMarked
package com.physiopractice.web.site;

import org.jspecify.annotations.NullMarked;
