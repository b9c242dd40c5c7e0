/** Home exercise programmes: prescriptions from published cards, the patient's log, adherence, reminders. */
@NullMarked
package com.physiopractice.records.programme;

import org.jspecify.annotations.NullMarked;
