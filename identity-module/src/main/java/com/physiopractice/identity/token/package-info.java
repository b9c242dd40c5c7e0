@NullMarked
package com.physiopractice.identity.token;

import org.jspecify.annotations.NullMarked;
