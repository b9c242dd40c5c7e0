@NullMarked
package com.physiopractice.triage.retention;

import org.jspecify.annotations.NullMarked;
