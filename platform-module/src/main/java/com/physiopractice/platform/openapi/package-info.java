@NullMarked
package com.physiopractice.platform.openapi;

import org.jspecify.annotations.NullMarked;
