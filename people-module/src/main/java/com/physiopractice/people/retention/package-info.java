@NullMarked
package com.physiopractice.people.retention;

import org.jspecify.annotations.NullMarked;
