package org.spasmcheck.store;

/**
 * The current result of an assessment as JSON, with the knowledge base that produced it. It can always be
 * recomputed from the answer log and that knowledge-base version.
 */
public record ResultSnapshot(String knowledgeBaseVersion, String knowledgeBaseHash, String triageLevel, String resultJson) {
}
