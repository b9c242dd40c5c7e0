@NullMarked
package com.physiopractice.identity.web;

import org.jspecify.annotations.NullMarked;
