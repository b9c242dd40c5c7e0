/** The clinical record's settings: when review measures are asked, and which instruments are switched off. */
@NullMarked
package com.physiopractice.records.settings;

import org.jspecify.annotations.NullMarked;
