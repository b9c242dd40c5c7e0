@NullMarked
package com.physiopractice.identity.throttle;

import org.jspecify.annotations.NullMarked;
