@NullMarked
package com.physiopractice.audit.log;

import org.jspecify.annotations.NullMarked;
