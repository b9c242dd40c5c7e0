@NullMarked
package com.physiopractice.content.editorial;

import org.jspecify.annotations.NullMarked;
