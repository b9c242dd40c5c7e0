@NullMarked
package com.physiopractice.notification.mail;

import org.jspecify.annotations.NullMarked;
