/** The therapist's workspace: her day and what she records about each consultation. */
@NullMarked
package com.physiopractice.web.practice;

import org.jspecify.annotations.NullMarked;
