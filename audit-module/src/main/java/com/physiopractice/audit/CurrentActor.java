package com.physiopractice.audit;

import java.util.Optional;

/**
 * Who is acting in the current request: implemented by the module that signs people in, so the
 * trail needs to know nothing of accounts or tokens. Without an implementation (a module's own
 * tests) every line is an anonymous one.
 */
public interface CurrentActor {

    /** The signed-in actor of the current request; empty for an anonymous one. */
    Optional<Actor> find();
}
