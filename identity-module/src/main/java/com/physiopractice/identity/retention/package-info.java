@NullMarked
package com.physiopractice.identity.retention;

import org.jspecify.annotations.NullMarked;
