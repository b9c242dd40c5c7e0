@NullMarked
package com.physiopractice.content.web;

import org.jspecify.annotations.NullMarked;
