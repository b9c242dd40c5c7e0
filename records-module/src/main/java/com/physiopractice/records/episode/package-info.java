/** Episodes of care and their notes: the lock of a signed note, addenda, who may read them. */
@NullMarked
package com.physiopractice.records.episode;

import org.jspecify.annotations.NullMarked;
