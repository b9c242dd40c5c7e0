@NullMarked
package com.physiopractice.content.rendering;

import org.jspecify.annotations.NullMarked;
