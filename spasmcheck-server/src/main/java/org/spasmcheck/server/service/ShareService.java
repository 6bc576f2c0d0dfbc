package org.spasmcheck.server.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.spasmcheck.store.ShareLinkRepository;
import org.spasmcheck.store.StoredShareLink;

/**
 * Read-only share links to an assessment's report (and, if the person chooses, its diary): they expire, can be
 * revoked, and are stored only as the hash of their random token. An unknown, expired or revoked link shows nothing.
 */
public final class ShareService {
    public static final int DEFAULT_DAYS = 7;
    /** A month covers the wait for a routine appointment; longer-lived links to health data are a risk. */
    public static final int MAX_DAYS = 30;
    private static final int ID_LENGTH = 22;

    private final AssessmentService assessments;
    private final DiaryService diaries;
    private final ShareLinkRepository links;
    private final Clock clock;
    private final SecureRandom random;

    /** A new link; the token (the secret part of its URL) is returned once, here. */
    public record CreatedShare(StoredShareLink link, String token) {
    }

    /** What an open link shows: the assessment, and the diary when the link includes it. */
    public record Shared(StoredShareLink link, SessionAssessment assessment, Optional<DiaryService.OpenedDiary> diary) {
    }

    public ShareService(AssessmentService assessments, DiaryService diaries, ShareLinkRepository links, Clock clock,
                        SecureRandom random) {
        this.assessments = assessments;
        this.diaries = diaries;
        this.links = links;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @throws InvalidInputException when {@code days} is out of range or the diary is asked for an assessment that
     *                               was not started from one
     */
    public CreatedShare create(String assessmentId, String token, boolean includeDiary, int days) {
        SessionAssessment s = assessments.get(assessmentId, token);
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException(List.of(new FieldProblem("expires_in_days", "out of range: " + days,
                    "a whole number of days from 1 to " + MAX_DAYS)));
        }
        if (includeDiary && s.diaryId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("include_diary",
                    "this assessment was not started from a diary", "false")));
        }
        String shareToken = AccessToken.generate(random);
        Instant now = clock.instant();
        StoredShareLink link = links.create(new StoredShareLink(AccessToken.generate(random).substring(0, ID_LENGTH),
                AccessToken.hash(shareToken), assessmentId, includeDiary, now, now.plus(Duration.ofDays(days)), null));
        return new CreatedShare(link, shareToken);
    }

    public List<StoredShareLink> list(String assessmentId, String token) {
        assessments.get(assessmentId, token);
        return links.forAssessment(assessmentId);
    }

    /** Revokes a link of this assessment; revoking it again changes nothing. */
    public void revoke(String assessmentId, String token, String linkId) {
        assessments.get(assessmentId, token);
        if (!links.revoke(assessmentId, linkId, clock.instant())
                && links.forAssessment(assessmentId).stream().noneMatch(l -> l.id().equals(linkId))) {
            throw new ShareLinkNotFoundException();
        }
    }

    /** The time links are judged by (the result page lists the links still open). */
    public Instant now() {
        return clock.instant();
    }

    /** @throws ShareLinkClosedException for an unknown, expired or revoked link */
    public Shared open(String shareToken) {
        StoredShareLink link = shareToken == null ? null
                : links.findByTokenHash(AccessToken.hash(shareToken)).orElse(null);
        if (link == null) {
            throw new ShareLinkClosedException(ShareLinkClosedException.Reason.UNKNOWN);
        }
        if (link.revokedAt() != null) {
            throw new ShareLinkClosedException(ShareLinkClosedException.Reason.REVOKED);
        }
        if (!link.isOpenAt(clock.instant())) {
            throw new ShareLinkClosedException(ShareLinkClosedException.Reason.EXPIRED);
        }
        SessionAssessment s = assessments.getShared(link.assessmentId());
        Optional<DiaryService.OpenedDiary> diary = link.includeDiary() && s.diaryId() != null
                ? Optional.of(diaries.openById(s.diaryId())) : Optional.empty();
        return new Shared(link, s, diary);
    }
}
