@NullMarked
package com.physiopractice.platform.web;

import org.jspecify.annotations.NullMarked;
