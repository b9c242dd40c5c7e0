/**
 * The people the practice deals with. Sign-in accounts are kept apart (by the identity
 * module) so that clinical modules only ever handle a {@link com.physiopractice.domain.PatientId}
 * or {@link com.physiopractice.domain.TherapistId}, never credentials.
 */
package com.physiopractice.domain.people;
