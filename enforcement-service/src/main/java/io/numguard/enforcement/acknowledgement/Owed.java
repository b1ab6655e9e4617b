package io.numguard.enforcement.acknowledgement;

/** Which obligations a list of orders asks for. */
public enum Owed { PENDING, OVERDUE, ALL }
