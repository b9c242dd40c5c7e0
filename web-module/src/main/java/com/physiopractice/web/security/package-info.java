/** How pages are served safely: their own filter chain, headers and content security policy. */
@NullMarked
package com.physiopractice.web.security;

import org.jspecify.annotations.NullMarked;
