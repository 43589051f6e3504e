package coach.backrelief.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The words of the free-text triage for one locale, as written in {@code content/<locale>/triage.json}
 * (see {@link Triage} for how they are used). Everything here is plain text; {@link Triage#compile}
 * turns it into matchers.
 *
 * <p>A <em>phrase</em> is a space-separated list of token patterns: {@code word}, {@code stem*} (a
 * prefix of at least three letters), {@code a|b} (alternatives), {@code *} (any one word) or
 * {@code #50-120} (a whole number in that range). A <em>term</em> is a phrase or {@code @concept}.
 * A <em>rule</em> is a list of terms that must all occur, not negated, in one sentence within
 * {@link #window} words.
 *
 * @param drop            hesitation sounds removed before matching ("um", "erm")
 * @param contractions    whole words replaced before matching ("can't" → "cannot")
 * @param isAfter         words after which {@code 's} means "is" (elsewhere it is dropped)
 * @param negators        phrases that negate what follows ("no", "not", "never", "without")
 * @param nounNegators    negators that negate only a noun phrase ("no fever"): their scope also ends at a clause starter
 * @param uncertain       phrases that look negative but keep a sign possible ("not sure", "don't know if")
 * @param boundaries      words where a negation's scope ends ("but", "just", "only")
 * @param clauseStarters  words that start a new clause after "and", "or", a comma, or a noun negator
 * @param scope           how many words a negation reaches at most
 * @param window          how many words the terms of one rule may span at most
 * @param concepts        named lists of phrases, referred to as {@code @name}
 * @param ignore          phrases whose words never count as red-flag cues ("fell asleep", "slipped disc")
 * @param topicIgnore     phrases whose words never count as topic cues ("ice hockey", "heat up the oven")
 * @param groups          red-flag group id ({@link RedFlag} name) → its rules (a rule may start with
 *                        {@code "~N"}: its terms must lie within N words instead of {@code window})
 * @param clarify         rules for a sensation said without a place (the skill asks where)
 * @param pain            rules for "this hurts" (pain said during a routine)
 * @param topics          topic id ({@link Topic} name) → cue term → weight
 * @param domain          terms that show the words are about the back or its pain
 * @param threshold       the least score a topic needs
 * @param strong          a topic score that counts even without a domain term
 * @param intentMargin    how far a command must outscore the best topic to win outside a routine
 * @param defaultTopic    the topic for words about the back that name no topic, or null
 * @param prefixes        intent name → words its carrier phrase stands for (Alexa sends only the slot's words)
 * @param intents         intent name → cue term → weight: what free words ask for when no flag is found
 *                        ("let's carry on" → {@code AMAZON.ResumeIntent}); weighed against the topics
 * @param defaults        carrier intent → the intent it means when its words say nothing more
 *                        ("yes {answer}" → {@code AMAZON.YesIntent})
 * @param routines        routine id → phrases that name it ("the easy one" → GENTLE)
 * @param numbers         number words → their value ("five" → 5), for "a five minute routine"
 * @param minuteWords     words after a number that make it minutes ("minute", "mins")
 */
public record TriageVocabulary(List<String> drop, Map<String, String> contractions, List<String> isAfter,
                               List<String> negators, List<String> nounNegators, List<String> uncertain,
                               List<String> boundaries, List<String> clauseStarters, int scope, int window,
                               Map<String, List<String>> concepts, List<String> ignore, List<String> topicIgnore,
                               Map<String, List<List<String>>> groups, List<List<String>> clarify,
                               List<List<String>> pain, Map<String, Map<String, Integer>> topics,
                               List<String> domain, int threshold, int strong, int intentMargin, String defaultTopic,
                               Map<String, String> prefixes, Map<String, Map<String, Integer>> intents,
                               Map<String, String> defaults, Map<String, List<String>> routines,
                               Map<String, Integer> numbers, List<String> minuteWords) {
}
