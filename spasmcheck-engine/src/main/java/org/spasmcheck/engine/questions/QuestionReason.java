package org.spasmcheck.engine.questions;

/** Why a question comes now. */
public enum QuestionReason {
    /** One of the opening questions every assessment needs (where, age, sex). */
    OPENING,
    /** Screens a red flag relevant to this presentation; asked before any question chosen for information. */
    RED_FLAG_SCREEN,
    /** The question expected to reduce uncertainty about the cause the most. */
    INFORMATION_GAIN
}
