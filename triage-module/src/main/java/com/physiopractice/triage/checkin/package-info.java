/**
 * The safety check-in before each consultation: the patient answers the 16 safety questions again,
 * a sign answered yes that was no before is new, and a new emergency or urgent sign gives the same
 * guidance and alert as an intake and puts the appointment on hold.
 */
@NullMarked
package com.physiopractice.triage.checkin;

import org.jspecify.annotations.NullMarked;
