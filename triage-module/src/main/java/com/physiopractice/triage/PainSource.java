package com.physiopractice.triage;

/** Where the pain most likely comes from. MIXED: strong signs of two; UNCLEAR: no strong signs. */
public enum PainSource { HIP, LUMBAR_SPINE, SACROILIAC, MIXED, UNCLEAR }
