package io.numguard.complaint.aggregate;

/** What a complaint aggregate, threshold or reputation label is about. */
public enum SubjectKind {
    NUMBER,
    SEGMENT
}
