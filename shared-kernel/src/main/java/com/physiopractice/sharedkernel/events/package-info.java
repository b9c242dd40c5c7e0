@NullMarked
package com.physiopractice.sharedkernel.events;

import org.jspecify.annotations.NullMarked;
