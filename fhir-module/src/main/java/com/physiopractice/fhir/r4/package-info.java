@NullMarked
package com.physiopractice.fhir.r4;

import org.jspecify.annotations.NullMarked;
