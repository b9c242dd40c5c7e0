package com.physiopractice.identity.signin;

import com.physiopractice.sharedkernel.problems.DomainRefusal;

/** The email and password do not make a sign-in: which of the two is wrong is never said. */
public class SignInRefusedException extends DomainRefusal {

    SignInRefusedException() {
        super("invalid-credentials", "Sign-in failed", "The email or password is not right.");
    }
}
