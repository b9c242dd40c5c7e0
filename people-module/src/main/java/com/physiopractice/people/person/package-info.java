@NullMarked
package com.physiopractice.people.person;

import org.jspecify.annotations.NullMarked;
