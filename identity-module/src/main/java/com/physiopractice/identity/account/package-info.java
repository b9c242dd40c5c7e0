@NullMarked
package com.physiopractice.identity.account;

import org.jspecify.annotations.NullMarked;
