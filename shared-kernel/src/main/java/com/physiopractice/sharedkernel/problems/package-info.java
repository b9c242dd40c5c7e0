@NullMarked
package com.physiopractice.sharedkernel.problems;

import org.jspecify.annotations.NullMarked;
