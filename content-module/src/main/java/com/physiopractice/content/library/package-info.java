@NullMarked
package com.physiopractice.content.library;

import org.jspecify.annotations.NullMarked;
