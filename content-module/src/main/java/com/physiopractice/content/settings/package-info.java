@NullMarked
package com.physiopractice.content.settings;

import org.jspecify.annotations.NullMarked;
