package com.physiopractice.records;

/** A draft may change; a signed note never does (addenda are added to it). */
public enum NoteStatus { DRAFT, SIGNED }
