package coach.backrelief.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Free text → red-flag tier and, when there is no flag, the likely topic. Pure Java; the words come
 * from a {@link TriageVocabulary} (content, per locale).
 *
 * <p>How a text is read:
 * <ol>
 *   <li>Normalised to words: lower case, hesitations dropped, contractions expanded ("can't" →
 *       "cannot", "isn't" → "is not"), sentence ends and commas kept as boundaries.</li>
 *   <li>Every phrase of the vocabulary is found; words inside an ignored phrase ("fell asleep")
 *       never count.</li>
 *   <li>Negation: a negator ("no", "not", "never", "without") that is not itself part of a cue
 *       ("cannot feel") or of an uncertainty ("not sure") negates up to {@code scope} words after
 *       it, stopping at a boundary ("but", a comma) or where a new clause starts ("and my…").
 *       Uncertainty never negates: "I think I might have wet myself" is still a flag.</li>
 *   <li>A rule fires when each of its terms occurs, not negated, within {@code window} words of one
 *       sentence. The first group of the most urgent tier that fires is the flag.</li>
 *   <li>Without a flag: a clarify rule (a sensation with no place) asks where; the topic with the
 *       highest score wins if it reaches the threshold and either is strong or the words are about
 *       the back.</li>
 * </ol>
 * Instances are immutable and thread-safe.
 */
public final class Triage {
    private static final String SENTENCE = ".";
    private static final String COMMA = ",";

    private final TriageVocabulary vocabulary;
    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** Every word an exact pattern names, numbered: a text's words are looked up once, then compared as ints. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    /**
     * Per word id: the phrases whose first pattern names that word and whose second does not narrow
     * them (one-word phrases, or a second pattern with prefixes or a wildcard).
     */
    private Phrase[][] byFirstId;
    /** The other phrases, by their first two word ids ({@code first << 32 | second}). */
    private final Map<Long, Phrase[]> byFirstTwo = new HashMap<>();
    /** Per phrase id: the ids of the terms it belongs to. */
    private int[][] termsOfPhrase;
    /** The phrases by the first three letters of their first pattern's prefixes, and those that open with any word. */
    private final Map<String, Phrase[]> byPrefix = new HashMap<>();
    private Phrase[] wildcards;
    /** Each thread's reading tables (a text is read on one thread; instances stay thread-safe). */
    private final ThreadLocal<Scratch> scratches = ThreadLocal.withInitial(Scratch::new);
    private int termCount;
    private final List<Term> allTerms = new ArrayList<>();
    private final Map<String, List<Phrase>> byFirstPrefix = new HashMap<>();
    private final List<Phrase> byWildcard = new ArrayList<>();
    private final Map<String, Term> concepts = new HashMap<>();
    private final Map<String, Phrase> interned = new HashMap<>();
    private final List<Phrase> ignore;
    private final List<Phrase> topicIgnore;
    private final List<Phrase> negators;
    private final List<Phrase> nounNegators;
    private final List<Phrase> uncertain;
    private final java.util.Set<String> boundaries;
    private final java.util.Set<String> clauseStarters;
    /** The texts of the negator and uncertainty phrases. */
    private final java.util.Set<String> negatorTexts = new java.util.HashSet<>();
    private final Map<RedFlag, List<Rule>> groups = new EnumMap<>(RedFlag.class);
    private final List<Rule> clarify;
    private final List<Rule> pain;
    private final Map<Topic, Map<Term, Integer>> topics = new LinkedHashMap<>();
    private final List<Term> domain;
    private final Topic defaultTopic;
    private final Map<String, Map<Term, Integer>> intents = new LinkedHashMap<>();
    private final Map<String, Term> routines = new LinkedHashMap<>();
    private final Term minuteWords;
    /** The vocabulary's fillers, contractions and words before "'s" = "is", folded ({@link Words#fold}). */
    private final java.util.Set<String> drop;
    private final java.util.Set<String> isAfter;
    private final Map<String, String> contractions;
    /** Phrases that are cues (their words are not negators). */
    private final boolean[] isCue;
    /** Per phrase id: the phrase is itself a negator or an uncertainty. */
    private final boolean[] negatorOnly;

    private Triage(TriageVocabulary v) {
        this.vocabulary = v;
        drop = folded(v.drop());
        isAfter = folded(v.isAfter());
        contractions = new HashMap<>();
        v.contractions().forEach((word, replaced) -> contractions.put(Words.fold(word), Words.fold(replaced)));
        v.concepts().forEach((name, list) -> concepts.put(name, newTerm(name, phrases(list))));
        List<Term> cueTerms = new ArrayList<>(concepts.values());
        ignore = phrases(v.ignore());
        topicIgnore = phrases(v.topicIgnore());
        negators = phrases(v.negators());
        nounNegators = phrases(v.nounNegators());
        uncertain = phrases(v.uncertain());
        boundaries = folded(v.boundaries());
        clauseStarters = folded(v.clauseStarters());
        negators.forEach(p -> negatorTexts.add(p.text()));
        uncertain.forEach(p -> negatorTexts.add(p.text()));
        v.groups().forEach((id, rules) -> {
            RedFlag flag = RedFlag.forId(id).orElseThrow(() -> new IllegalArgumentException("unknown red-flag group " + id));
            groups.put(flag, rules(rules, cueTerms));
        });
        for (RedFlag flag : RedFlag.values()) {
            if (!groups.containsKey(flag)) {
                throw new IllegalArgumentException("no triage rules for red-flag group " + flag);
            }
        }
        clarify = rules(v.clarify(), cueTerms);
        pain = rules(v.pain(), cueTerms);
        v.topics().forEach((id, cues) -> {
            Topic topic = Topic.forId(id).orElseThrow(() -> new IllegalArgumentException("unknown topic " + id));
            Map<Term, Integer> weighted = new LinkedHashMap<>();
            cues.forEach((cue, weight) -> weighted.put(term(cue, cueTerms), weight));
            topics.put(topic, weighted);
        });
        domain = v.domain().stream().map(t -> term(t, cueTerms)).toList();
        v.intents().forEach((name, cues) -> {
            Map<Term, Integer> weighted = new LinkedHashMap<>();
            cues.forEach((cue, weight) -> weighted.put(term(cue, cueTerms), weight));
            intents.put(name, weighted);
        });
        v.routines().forEach((id, names) -> routines.put(id, newTerm(id, phrases(names))));
        minuteWords = newTerm("minutes", phrases(v.minuteWords()));
        defaultTopic = v.defaultTopic() == null ? null : Topic.forId(v.defaultTopic())
                .orElseThrow(() -> new IllegalArgumentException("unknown default topic " + v.defaultTopic()));
        isCue = new boolean[phrases.size()];
        for (Term term : cueTerms) {
            term.phrases.forEach(p -> isCue[p.id] = true);
        }
        negatorOnly = new boolean[phrases.size()];
        negators.forEach(p -> negatorOnly[p.id] = true);
        uncertain.forEach(p -> negatorOnly[p.id] = true);
        byFirstId = new Phrase[wordIds.size()][];
        Map<Long, List<Phrase>> two = new HashMap<>();
        byFirstWord.forEach((word, list) -> {
            int first = wordIds.get(word);
            List<Phrase> alone = new ArrayList<>();
            for (Phrase p : list) {
                Pattern second = p.patterns.length > 1 ? p.patterns[1] : null;
                if (second == null || second.any || second.low >= 0 || !second.prefixes.isEmpty()) {
                    alone.add(p);
                } else {
                    for (int id : second.exactIds) {
                        two.computeIfAbsent(((long) first << 32) | id, k -> new ArrayList<>()).add(p);
                    }
                }
            }
            byFirstId[first] = alone.isEmpty() ? null : alone.toArray(Phrase[]::new);
        });
        two.forEach((key, list) -> byFirstTwo.put(key, list.toArray(Phrase[]::new)));
        List<List<Integer>> owners = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            owners.add(new ArrayList<>());
        }
        for (Term t : allTerms) {
            for (Phrase p : t.phrases()) {
                owners.get(p.id).add(t.id());
            }
        }
        termsOfPhrase = new int[phrases.size()][];
        for (int i = 0; i < phrases.size(); i++) {
            termsOfPhrase[i] = owners.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        byFirstPrefix.forEach((prefix, list) -> byPrefix.put(prefix, list.toArray(Phrase[]::new)));
        wildcards = byWildcard.toArray(Phrase[]::new);
    }

    /** Builds the matchers; throws {@link IllegalArgumentException} for a malformed vocabulary. */
    public static Triage compile(TriageVocabulary vocabulary) {
        return new Triage(vocabulary);
    }

    /** The words a carrier phrase of this intent stands for ("i cannot" for "i can't {action}"), or "". */
    public String prefix(String intentName) {
        return vocabulary.prefixes().getOrDefault(intentName, "");
    }

    /**
     * Reads the words a carrier intent received: its prefix ("i cannot" for {@code CannotIntent})
     * and the slot's words; when they ask for nothing else, the carrier's own meaning ("yes …" is
     * a yes) stands.
     */
    public Assessment understand(String intentName, String words) {
        String prefix = prefix(intentName);
        Assessment a = assess(prefix.isEmpty() ? words : prefix + " " + words);
        String fallback = vocabulary.defaults().get(intentName);
        if (fallback != null && a.flag().isEmpty() && !a.clarify() && a.intent().isEmpty() && a.topic().isEmpty()) {
            return new Assessment(a.flag(), false, a.pain(), a.topic(), Optional.of(fallback), a.routine(), a.minutes(),
                    a.act().or(() -> Optional.of(fallback)));
        }
        return a;
    }

    /** Reads one text (for example a SearchQuery slot with its intent's prefix). */
    public Assessment assess(String text) {
        Reading r = new Reading(tokens(text));
        r.find();
        RedFlag flag = null;
        for (Map.Entry<RedFlag, List<Rule>> group : groups.entrySet()) {
            if ((flag == null || group.getKey().tier().above(flag.tier())) && r.anyFires(group.getValue())) {
                flag = group.getKey();
            }
        }
        boolean hurts = r.anyFires(pain);
        if (flag != null) {
            return new Assessment(Optional.of(flag), false, hurts, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (r.anyFires(clarify)) {
            return new Assessment(Optional.empty(), true, hurts, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        Scored<Topic> topic = r.topic();
        Scored<String> intent = r.best(intents);
        boolean intentWins = intent.best() != null && intent.score() >= vocabulary.threshold()
                && intent.score() >= topic.score() + vocabulary.intentMargin();
        return new Assessment(Optional.empty(), false, hurts, Optional.ofNullable(topic.best()),
                intentWins ? Optional.of(intent.best()) : Optional.empty(), r.routine(), r.minutes(),
                intent.best() != null && intent.score() >= vocabulary.threshold() ? Optional.of(intent.best())
                        : Optional.empty());
    }

    /** The best-scoring key and its score (null when nothing scored). */
    private record Scored<K>(K best, int score) {
    }

    // ----- normalisation

    private static java.util.Set<String> folded(List<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        words.forEach(w -> out.add(Words.fold(w)));
        return java.util.Set.copyOf(out);
    }

    /** The words of a text as the triage reads them (public for tests and the console). */
    public List<String> tokens(String text) {
        String lower = Words.fold(text).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('`', '\'').replace("&", " and ");
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'') {
                word.append(c);
                continue;
            }
            addWord(word.toString(), out);
            word.setLength(0);
            if (c == '.' || c == '?' || c == '!' || c == ';' || c == ':') {
                addMark(SENTENCE, out);
            } else if (c == ',') {
                addMark(COMMA, out);
            }
        }
        return out;
    }

    private static void addMark(String mark, List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals(SENTENCE) && !out.get(out.size() - 1).equals(COMMA)) {
            out.add(mark);
        }
    }

    private void addWord(String raw, List<String> out) {
        int from = 0;
        int to = raw.length();
        while (from < to && raw.charAt(from) == '\'') {
            from++;
        }
        while (to > from && raw.charAt(to - 1) == '\'') {
            to--;
        }
        String w = raw.substring(from, to);
        if (w.isEmpty() || drop.contains(w)) {
            return;
        }
        String replaced = contractions.get(w);
        if (replaced != null) {
            out.addAll(Arrays.asList(replaced.split(" ")));
        } else if (w.endsWith("n't") && w.length() > 3) {
            out.add(w.substring(0, w.length() - 3));
            out.add("not");
        } else if (w.endsWith("'s")) {
            String base = w.substring(0, w.length() - 2);
            out.add(base.replace("'", ""));
            if (isAfter.contains(base)) {
                out.add("is");
            }
        } else if (w.endsWith("'m")) {
            out.add(w.substring(0, w.length() - 2));
            out.add("am");
        } else if (w.endsWith("'re") || w.endsWith("'ve") || w.endsWith("'ll")) {
            out.add(w.substring(0, w.length() - 3));
            out.add(switch (w.substring(w.length() - 2)) {
                case "re" -> "are";
                case "ve" -> "have";
                default -> "will";
            });
        } else if (w.endsWith("'d")) {
            out.add(w.substring(0, w.length() - 2));
            out.add("would");
        } else {
            out.add(w.replace("'", ""));
        }
        int n = out.size();
        if (n >= 2 && out.get(n - 2).equals("can") && out.get(n - 1).equals("not")) {
            out.remove(n - 1);
            out.set(n - 2, "cannot");
        }
    }

    // ----- compilation

    private List<Rule> rules(List<List<String>> rules, List<Term> cueTerms) {
        List<Rule> out = new ArrayList<>();
        for (List<String> rule : rules) {
            int window = vocabulary.window();
            List<String> terms = rule;
            if (!rule.isEmpty() && rule.get(0).startsWith("~")) {
                window = Integer.parseInt(rule.get(0).substring(1));
                terms = rule.subList(1, rule.size());
            }
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("empty rule");
            }
            out.add(new Rule(terms.stream().map(t -> term(t, cueTerms)).toArray(Term[]::new), window));
        }
        return out;
    }

    private Term term(String text, List<Term> cueTerms) {
        if (text.startsWith("@")) {
            Term concept = concepts.get(text.substring(1));
            if (concept == null) {
                throw new IllegalArgumentException("unknown concept " + text);
            }
            return concept;
        }
        Term single = newTerm(text, phrases(List.of(text)));
        cueTerms.add(single);
        return single;
    }

    /**
     * The phrases of some entries. An entry with both a space and {@code |} lists whole phrases
     * ("give way|gave way"); otherwise {@code |} separates words of one position ("numb|numbness").
     */
    private List<Phrase> phrases(List<String> entries) {
        List<Phrase> out = new ArrayList<>();
        for (String entry : entries) {
            if (entry.contains("|") && entry.trim().contains(" ")) {
                for (String alternative : entry.split("\\|")) {
                    out.add(phrase(alternative));
                }
            } else {
                out.add(phrase(entry));
            }
        }
        return out;
    }

    private Phrase phrase(String text) {
        String key = Words.fold(text.trim()).replaceAll("\\s+", " ");
        Phrase existing = interned.get(key);
        if (existing != null) {
            return existing;
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String part : Words.fold(text.trim()).split("\\s+")) {
            if (part.contains("*") || part.contains("|") || part.startsWith("#")) {
                patterns.add(Pattern.parse(part, this));
            } else {
                tokens(part).forEach(word -> patterns.add(Pattern.parse(word, this)));
            }
        }
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Phrase phrase = new Phrase(phrases.size(), text, patterns.toArray(Pattern[]::new));
        phrases.add(phrase);
        interned.put(key, phrase);
        Pattern first = phrase.patterns[0];
        if (first.any || first.low >= 0) {
            byWildcard.add(phrase);
        }
        for (String exact : first.exact) {
            byFirstWord.computeIfAbsent(exact, k -> new ArrayList<>()).add(phrase);
        }
        for (String prefix : first.prefixes) {
            byFirstPrefix.computeIfAbsent(prefix.substring(0, 3), k -> new ArrayList<>()).add(phrase);
        }
        return phrase;
    }

    private Term newTerm(String name, List<Phrase> phrases) {
        Term term = new Term(termCount++, name, phrases);
        allTerms.add(term);
        return term;
    }

    private int wordId(String word) {
        return wordIds.computeIfAbsent(word, w -> wordIds.size());
    }

    /** Terms that must all occur, not negated, in one sentence within {@code window} words. */
    private record Rule(Term[] terms, int window) {
    }

    /** A named set of phrases (a concept) or a single phrase used as a term. */
    private record Term(int id, String name, List<Phrase> phrases) {
    }

    private static boolean digits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One word pattern: exact words, prefixes, any word, or a number range. */
    private static final class Pattern {
        final List<String> exact = new ArrayList<>();
        /** The exact words as word ids, sorted. */
        int[] exactIds = new int[0];
        final List<String> prefixes = new ArrayList<>();
        boolean any;
        int low = -1;
        int high = -1;

        static Pattern parse(String part, Triage triage) {
            Pattern p = new Pattern();
            if (part.equals("*")) {
                p.any = true;
                return p;
            }
            if (part.startsWith("#")) {
                String[] range = part.substring(1).split("-");
                p.low = Integer.parseInt(range[0]);
                p.high = Integer.parseInt(range[1]);
                return p;
            }
            for (String alt : part.split("\\|")) {
                if (alt.endsWith("*")) {
                    String stem = alt.substring(0, alt.length() - 1);
                    if (stem.length() < 3) {
                        throw new IllegalArgumentException("stem too short: " + alt);
                    }
                    p.prefixes.add(stem);
                } else {
                    List<String> words = triage.tokens(alt);
                    if (words.size() != 1) {
                        throw new IllegalArgumentException("one word per pattern: " + alt);
                    }
                    p.exact.add(words.get(0));
                    p.exactIds = Arrays.copyOf(p.exactIds, p.exactIds.length + 1);
                    p.exactIds[p.exactIds.length - 1] = triage.wordId(words.get(0));
                }
            }
            Arrays.sort(p.exactIds);
            return p;
        }

        /** Whether the token (with its word id, -1 when no exact pattern names it) fits. */
        boolean matches(String token, int id) {
            if (any) {
                return !token.equals(SENTENCE) && !token.equals(COMMA);
            }
            if (low >= 0) {
                if (token.isEmpty() || token.length() > 4 || !digits(token)) {
                    return false;
                }
                int n = Integer.parseInt(token);
                return n >= low && n <= high;
            }
            if (id >= 0 && (exactIds.length == 1 ? exactIds[0] == id : Arrays.binarySearch(exactIds, id) >= 0)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (token.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Phrase(int id, String text, Pattern[] patterns) {
        /** The end (exclusive) of a match at {@code start}, or -1. */
        int matchAt(List<String> tokens, int[] ids, int start) {
            if (start + patterns.length > tokens.size()) {
                return -1;
            }
            for (int i = 0; i < patterns.length; i++) {
                if (!patterns[i].matches(tokens.get(start + i), ids[start + i])) {
                    return -1;
                }
            }
            return start + patterns.length;
        }
    }

    // ----- reading one text

    /** The state of reading one text: where each phrase occurs and which words are negated. */
    private final class Reading {
        private final List<String> tokens;
        private final int[] sentence;
        private final boolean[] ignored;
        /** Where the ignore phrases occur: a cue that spans a whole one ("falling off me") still counts. */
        private final List<int[]> ignoredSpans = new ArrayList<>();
        private final boolean[] ignoredForTopics;
        private final boolean[] negated;
        /** Per-thread tables indexed by phrase and term id, valid where stamped with this reading's epoch. */
        private final Scratch scratch;
        private final int epoch;
        /** Per phrase id: occurrences as start,end pairs (when stamped). */
        private final int[][] starts;
        private final int[] counts;
        /** The ids of the phrases found at least once, in the order found. */
        private final List<Integer> found = new ArrayList<>();
        /** Per token: its word id, or -1. */
        private final int[] ids;

        Reading(List<String> tokens) {
            this.tokens = tokens;
            this.ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = wordIds.getOrDefault(tokens.get(i), -1);
            }
            this.scratch = scratches.get();
            this.epoch = scratch.next();
            this.starts = scratch.starts;
            this.counts = scratch.counts;
            this.sentence = new int[tokens.size()];
            for (int i = 0, s = 0; i < tokens.size(); i++) {
                if (tokens.get(i).equals(SENTENCE)) {
                    s++;
                }
                sentence[i] = s;
            }
            this.ignored = new boolean[tokens.size()];
            this.ignoredForTopics = new boolean[tokens.size()];
            this.negated = new boolean[tokens.size()];
        }

        private int count(int phraseId) {
            return scratch.phraseEpoch[phraseId] == epoch ? counts[phraseId] : 0;
        }

        void find() {
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if (ids[i] >= 0) {
                    tryAll(byFirstId[ids[i]], i);
                    if (i + 1 < ids.length && ids[i + 1] >= 0) {
                        tryAll(byFirstTwo.get(((long) ids[i] << 32) | ids[i + 1]), i);
                    }
                }
                if (token.length() >= 3) {
                    tryAll(byPrefix.get(token.substring(0, 3)), i);
                }
                tryAll(wildcards, i);
            }
            for (Phrase p : ignore) {
                forEach(p, (s, e) -> {
                    Arrays.fill(ignored, s, e, true);
                    ignoredSpans.add(new int[]{s, e});
                });
            }
            for (Phrase p : topicIgnore) {
                forEach(p, (s, e) -> Arrays.fill(ignoredForTopics, s, e, true));
            }
            boolean[] inCue = new boolean[tokens.size()];
            for (int id : found) {
                if (isCue[id]) {
                    final int pid = id;
                    forEach(phrases.get(id), (s, e) -> {
                        if (!anyIgnored(s, e) && !isNegatorOnly(pid) && !isNegatorWords(s, e)) {
                            Arrays.fill(inCue, s, e, true);
                        }
                    });
                }
            }
            for (Phrase p : uncertain) {
                forEach(p, (s, e) -> Arrays.fill(inCue, s, e, true));
            }
            for (Phrase p : negators) {
                boolean noun = nounNegators.contains(p);
                forEach(p, (s, e) -> {
                    if (!anyTrue(inCue, s, e)) {
                        negate(e, noun);
                    }
                });
            }
        }

        /** The words at [s, e) are themselves a negator or an uncertainty ("no" matched by a cue "no|nope|nah"). */
        private boolean isNegatorWords(int s, int e) {
            return negatorTexts.contains(String.join(" ", tokens.subList(s, e)));
        }

        /** A negator phrase that is also a cue (for example "nothing" in a concept) still negates. */
        private boolean isNegatorOnly(int phraseId) {
            return negatorOnly[phraseId];
        }

        private void negate(int from, boolean noun) {
            int end = Math.min(tokens.size(), from + vocabulary.scope());
            for (int i = from; i < end; i++) {
                String t = tokens.get(i);
                if (t.equals(SENTENCE) || t.equals(COMMA) || boundaries.contains(t)) {
                    return;
                }
                boolean afterJoin = i > from && (tokens.get(i - 1).equals("and") || tokens.get(i - 1).equals("or"));
                // "no, this is the first": a "no" before a new clause answers, it does not negate it
                if ((noun || (afterJoin && i > from)) && clauseStarters.contains(t)) {
                    return;
                }
                negated[i] = true;
            }
        }

        private void tryAll(Phrase[] candidates, int start) {
            if (candidates == null) {
                return;
            }
            for (Phrase p : candidates) {
                int end = p.matchAt(tokens, ids, start);
                if (end > 0) {
                    if (scratch.phraseEpoch[p.id] != epoch) {
                        scratch.phraseEpoch[p.id] = epoch;
                        counts[p.id] = 0;
                        found.add(p.id);
                        for (int t : termsOfPhrase[p.id]) {
                            scratch.termEpoch[t] = epoch;
                        }
                    }
                    int[] list = starts[p.id];
                    if (list == null) {
                        list = new int[4];
                    } else if (counts[p.id] * 2 + 2 > list.length) {
                        list = Arrays.copyOf(list, list.length * 2);
                    }
                    list[counts[p.id] * 2] = start;
                    list[counts[p.id] * 2 + 1] = end;
                    starts[p.id] = list;
                    counts[p.id]++;
                }
            }
        }

        private void forEach(Phrase p, Span span) {
            int[] list = starts[p.id];
            int n = count(p.id);
            for (int k = 0; k < n; k++) {
                span.at(list[2 * k], list[2 * k + 1]);
            }
        }

        private boolean anyIgnored(int s, int e) {
            return anyTrue(ignored, s, e);
        }

        /** The words [s, e) overlap an ignored phrase they do not wholly contain ("falling" in "falling off me"). */
        private boolean insideIgnored(int s, int e) {
            for (int[] span : ignoredSpans) {
                boolean overlaps = s < span[1] && span[0] < e;
                boolean contains = s <= span[0] && span[1] <= e;
                if (overlaps && !contains) {
                    return true;
                }
            }
            return false;
        }

        /** Occurrences of a term that count: not ignored and not negated (as start,end pairs). */
        @SuppressWarnings("unchecked")
        private List<int[]> live(Term term, boolean[] ignoring) {
            boolean cue = ignoring == ignored;
            List<?>[] cache = cue ? scratch.liveCue : scratch.liveTopic;
            int[] stamps = cue ? scratch.cueEpoch : scratch.topicEpoch;
            int id = term.id();
            if (stamps[id] != epoch) {
                cache[id] = computeLive(term, ignoring);
                stamps[id] = epoch;
            }
            return (List<int[]>) cache[id];
        }

        private List<int[]> computeLive(Term term, boolean[] ignoring) {
            if (scratch.termEpoch[term.id()] != epoch) {
                return List.of();
            }
            List<int[]> out = new ArrayList<>(2);
            for (Phrase p : term.phrases) {
                forEach(p, (s, e) -> {
                    boolean dead = ignoring == ignored ? insideIgnored(s, e) : anyTrue(ignoring, s, e);
                    if (!dead && !negated[s]) {
                        out.add(new int[]{s, e});
                    }
                });
            }
            return out;
        }

        boolean anyFires(List<Rule> rules) {
            for (Rule rule : rules) {
                if (fires(rule)) {
                    return true;
                }
            }
            return false;
        }

        private boolean fires(Rule rule) {
            for (Term term : rule.terms()) {
                if (live(term, ignored).isEmpty()) {
                    return false;
                }
            }
            if (rule.terms().length == 1) {
                return true;
            }
            List<List<int[]>> occurrences = new ArrayList<>(rule.terms().length);
            for (Term term : rule.terms()) {
                occurrences.add(live(term, ignored));
            }
            return together(occurrences, rule.window(), 0, Integer.MAX_VALUE, Integer.MIN_VALUE, -1);
        }

        /** Some choice of one occurrence per term lies in one sentence within the window. */
        private boolean together(List<List<int[]>> occurrences, int window, int index, int min, int max,
                                 int sentenceId) {
            if (index == occurrences.size()) {
                return true;
            }
            for (int[] o : occurrences.get(index)) {
                int s = sentence[o[0]];
                if (sentenceId >= 0 && s != sentenceId) {
                    continue;
                }
                int newMin = Math.min(min, o[0]);
                int newMax = Math.max(max, o[1]);
                if (newMax - newMin <= window && together(occurrences, window, index + 1, newMin, newMax, s)) {
                    return true;
                }
            }
            return false;
        }

        /** The likely topic and its score; the default topic (score 0) for words about the back that name none. */
        Scored<Topic> topic() {
            // the first domain term is the back itself: "I lifted the dog wrong, my back…" stays a back question
            if (vetoed() && (domain.isEmpty() || live(domain.get(0), ignoredForTopics).isEmpty())) {
                return new Scored<>(null, 0);
            }
            Scored<Topic> best = best(topics);
            boolean aboutTheBack = domain.stream().anyMatch(t -> !live(t, ignoredForTopics).isEmpty());
            if (best.best() != null && best.score() >= vocabulary.threshold()
                    && (best.score() >= vocabulary.strong() || aboutTheBack)) {
                return best;
            }
            return new Scored<>(aboutTheBack ? defaultTopic : null, 0);
        }

        /** Words of another subject ("heat up the oven", "ice hockey"): no topic at all. */
        private boolean vetoed() {
            for (boolean ignored : ignoredForTopics) {
                if (ignored) {
                    return true;
                }
            }
            return false;
        }

        /** The key whose live cues weigh most (ties: the one with the heavier single cue, then the first). */
        <K> Scored<K> best(Map<K, Map<Term, Integer>> candidates) {
            K best = null;
            int bestScore = 0;
            int bestTop = 0;
            for (Map.Entry<K, Map<Term, Integer>> entry : candidates.entrySet()) {
                int score = 0;
                int top = 0;
                for (Map.Entry<Term, Integer> cue : entry.getValue().entrySet()) {
                    if (!live(cue.getKey(), ignoredForTopics).isEmpty()) {
                        score += cue.getValue();
                        top = Math.max(top, cue.getValue());
                    }
                }
                if (score > bestScore || (score == bestScore && score > 0 && top > bestTop)) {
                    best = entry.getKey();
                    bestScore = score;
                    bestTop = top;
                }
            }
            return new Scored<>(best, bestScore);
        }

        Optional<String> routine() {
            for (Map.Entry<String, Term> entry : routines.entrySet()) {
                if (!live(entry.getValue(), ignoredForTopics).isEmpty()) {
                    return Optional.of(entry.getKey());
                }
            }
            return Optional.empty();
        }

        /** A number just before a minutes word ("five minutes", "10 min"). */
        Optional<Integer> minutes() {
            for (int[] o : live(minuteWords, ignoredForTopics)) {
                if (o[0] > 0) {
                    String before = tokens.get(o[0] - 1);
                    Integer n = vocabulary.numbers().get(before);
                    if (n == null && !before.isEmpty() && before.length() <= 3
                            && before.chars().allMatch(Character::isDigit)) {
                        n = Integer.parseInt(before);
                    }
                    if (n != null) {
                        return Optional.of(n);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One thread's tables for reading a text, indexed by phrase and term id. Each reading takes a new
     * epoch; an entry counts only where stamped with it, so nothing is cleared or allocated per text.
     */
    private final class Scratch {
        final int[] phraseEpoch = new int[phrases.size()];
        final int[][] starts = new int[phrases.size()][];
        final int[] counts = new int[phrases.size()];
        final int[] termEpoch = new int[termCount];
        final int[] cueEpoch = new int[termCount];
        final List<?>[] liveCue = new List<?>[termCount];
        final int[] topicEpoch = new int[termCount];
        final List<?>[] liveTopic = new List<?>[termCount];
        private int epoch;

        int next() {
            if (epoch == Integer.MAX_VALUE) {
                Arrays.fill(phraseEpoch, 0);
                Arrays.fill(termEpoch, 0);
                Arrays.fill(cueEpoch, 0);
                Arrays.fill(topicEpoch, 0);
                epoch = 0;
            }
            return ++epoch;
        }
    }

    private static boolean anyTrue(boolean[] marks, int s, int e) {
        for (int i = s; i < e; i++) {
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface Span {
        void at(int start, int end);
    }
}
