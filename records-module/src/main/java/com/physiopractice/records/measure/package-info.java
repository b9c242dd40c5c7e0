/** Outcome measures: asking them on schedule, reading and scoring the answers, trends against the MCID. */
@NullMarked
package com.physiopractice.records.measure;

import org.jspecify.annotations.NullMarked;
