@NullMarked
package com.physiopractice.triage.rules;

import org.jspecify.annotations.NullMarked;
