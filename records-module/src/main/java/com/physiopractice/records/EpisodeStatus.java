package com.physiopractice.records;

public enum EpisodeStatus { OPEN, DISCHARGED }
