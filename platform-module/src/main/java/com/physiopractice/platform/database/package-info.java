@NullMarked
package com.physiopractice.platform.database;

import org.jspecify.annotations.NullMarked;
