/** The clinical record's JSON API under /api/v1/records. */
@NullMarked
package com.physiopractice.records.web;

import org.jspecify.annotations.NullMarked;
