@NullMarked
package com.physiopractice.triage.web;

import org.jspecify.annotations.NullMarked;
