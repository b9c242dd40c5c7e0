package com.physiopractice.records;

/** Which consultation a note records. */
public enum NoteKind { INITIAL_ASSESSMENT, FOLLOW_UP, DISCHARGE }
