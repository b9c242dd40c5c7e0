/**
 * What the practice tells anyone, signed in or not, about the signs that need emergency care: the
 * same words wherever the practice has to refuse or cannot assess someone.
 */
@NullMarked
package com.physiopractice.sharedkernel.safety;

import org.jspecify.annotations.NullMarked;
