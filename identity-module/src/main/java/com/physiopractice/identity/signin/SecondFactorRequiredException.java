package com.physiopractice.identity.signin;

import com.physiopractice.sharedkernel.problems.DomainRefusal;

/**
 * The email and password were right, and the account has a second factor: the sign-in needs the
 * code from the authenticator app (or a recovery code) too. Said only after the right password.
 */
public class SecondFactorRequiredException extends DomainRefusal {

    SecondFactorRequiredException() {
        super("second-factor-required", "Code needed", "Enter the code your authenticator app shows, or one of "
                + "your recovery codes, with your email and password.");
    }
}
