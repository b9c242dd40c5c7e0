package com.physiopractice.content;

/** The kinds of education the practice publishes. */
public enum ContentType {
    /** A longer piece with a title, summary, body and tags. */
    ARTICLE,
    /** One of the seven causes of lower back and hip pain: what it is, signs, causes, when to get help. */
    CONDITION,
    /** A stretch or exercise card: steps, hold, repetitions, sides, movement pattern, contraindications. */
    EXERCISE,
    /** Short self-care advice, including what makes pain worse. */
    SELF_CARE_TIP
}
