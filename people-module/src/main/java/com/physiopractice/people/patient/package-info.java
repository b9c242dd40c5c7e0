@NullMarked
package com.physiopractice.people.patient;

import org.jspecify.annotations.NullMarked;
