@NullMarked
package com.physiopractice.records.retention;

import org.jspecify.annotations.NullMarked;
