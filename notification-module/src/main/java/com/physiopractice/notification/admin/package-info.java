@NullMarked
package com.physiopractice.notification.admin;

import org.jspecify.annotations.NullMarked;
