@NullMarked
package com.physiopractice.identity.security;

import org.jspecify.annotations.NullMarked;
