@NullMarked
package com.physiopractice.identity.signin;

import org.jspecify.annotations.NullMarked;
