@NullMarked
package com.physiopractice.triage.intake;

import org.jspecify.annotations.NullMarked;
