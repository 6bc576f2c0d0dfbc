package org.spasmcheck.server.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.spasmcheck.engine.diary.DiaryAnalyzer;
import org.spasmcheck.engine.diary.DiaryPatterns;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.store.DiaryRepository;
import org.spasmcheck.store.StoredDiary;
import org.spasmcheck.store.StoredEpisode;

/**
 * The episode diary: a person keeps it with a private key (no account), adds and removes episodes, sees the
 * patterns, and starts an interview from it. Every episode is written in one transaction before the caller hears
 * back. Clinical logic stays in the engine ({@link DiaryAnalyzer}); this class only coordinates.
 */
public final class DiaryService {
    /** 72 random bits: unique within one diary, short enough for a URL. */
    private static final int EPISODE_ID_LENGTH = 12;

    private final KnowledgeBase kb;
    private final DiaryRepository repository;
    private final AssessmentService assessments;
    private final DiaryAnalyzer analyzer;
    private final Clock clock;
    private final SecureRandom random;

    /** A new diary; the key is returned once, here, and cannot be recovered. */
    public record CreatedDiary(String id, String key) {
    }

    /** A diary with its episodes (oldest first) and their patterns as of today. */
    public record OpenedDiary(String id, Instant createdAt, List<Episode> episodes, DiaryPatterns patterns) {
        public OpenedDiary {
            episodes = List.copyOf(episodes);
        }
    }

    /** @param clock its zone is the diary's: "today" for the patterns and for refusing future episodes */
    public DiaryService(KnowledgeBase kb, DiaryRepository repository, AssessmentService assessments, Clock clock,
                        SecureRandom random) {
        this.kb = kb;
        this.repository = repository;
        this.assessments = assessments;
        this.analyzer = new DiaryAnalyzer(kb);
        this.clock = clock;
        this.random = random;
    }

    public CreatedDiary create() {
        String key = DiaryKey.generate(random);
        String id = DiaryKey.id(key);
        repository.createDiary(id, AccessToken.hash(key), clock.instant());
        return new CreatedDiary(id, key);
    }

    public OpenedDiary open(String key) {
        return opened(authorised(key));
    }

    /**
     * Checks and stores one episode.
     *
     * @throws InvalidInputException naming each field at fault (nothing is stored then)
     */
    public Episode add(String key, EpisodeDraft draft) {
        StoredDiary diary = authorised(key);
        Episode episode = EpisodeInput.read(draft, newEpisodeId(), kb, today());
        return repository.addEpisode(diary.id(), episode, clock.instant()).episode();
    }

    public void delete(String key, String episodeId) {
        StoredDiary diary = authorised(key);
        if (!repository.deleteEpisode(diary.id(), episodeId)) {
            throw new EpisodeNotFoundException();
        }
    }

    /**
     * A new interview that begins with the diary's answers (marked as from the diary); {@code changes} are the
     * person's corrections of them, recorded as the person's answers.
     */
    public SessionAssessment startInterview(String key, Map<String, Value> changes) {
        OpenedDiary diary = open(key);
        return assessments.createFromDiary(diary.id(), diary.patterns().answers(), changes);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The diary an interview was started from, for its report. Only an assessment its token opened comes here, and
     * only someone with the diary's key could start that interview from it.
     */
    public java.util.Optional<OpenedDiary> diaryOf(SessionAssessment s) {
        return s.diaryId() == null ? java.util.Optional.empty() : java.util.Optional.of(openById(s.diaryId()));
    }

    /** The diary an assessment was started from, for a share link that includes it (already authorised). */
    OpenedDiary openById(String diaryId) {
        return opened(repository.findDiary(diaryId).orElseThrow(DiaryNotAccessibleException::new));
    }

    private OpenedDiary opened(StoredDiary diary) {
        List<Episode> episodes = repository.episodes(diary.id()).stream().map(StoredEpisode::episode).toList();
        return new OpenedDiary(diary.id(), diary.createdAt(), episodes, analyzer.analyze(episodes, today()));
    }

    private StoredDiary authorised(String key) {
        if (!DiaryKey.isWellFormed(key)) {
            throw new DiaryNotAccessibleException();
        }
        return repository.findDiary(DiaryKey.id(key))
                .filter(d -> AccessToken.matches(key, d.keyHash()))
                .orElseThrow(DiaryNotAccessibleException::new);
    }

    private String newEpisodeId() {
        return AccessToken.generate(random).substring(0, EPISODE_ID_LENGTH);
    }
}
