@NullMarked
package com.physiopractice.content.seed;

import org.jspecify.annotations.NullMarked;
