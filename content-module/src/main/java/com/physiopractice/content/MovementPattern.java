package com.physiopractice.content;

/** How an exercise moves the lower spine; forward bending (flexion) is not advised for some profiles. */
public enum MovementPattern {
    FLEXION,
    EXTENSION,
    NEUTRAL
}
