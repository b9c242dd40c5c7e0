/** The signed-in patient's own pages. */
@NullMarked
package com.physiopractice.web.portal;

import org.jspecify.annotations.NullMarked;
