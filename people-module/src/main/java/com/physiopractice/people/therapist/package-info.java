@NullMarked
package com.physiopractice.people.therapist;

import org.jspecify.annotations.NullMarked;
