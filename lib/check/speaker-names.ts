import type { Article, Question } from '@/lib/content';
import { checkSpeakerName } from '@/lib/names';

import { placedMessage, type PlacedMessage } from './quote-problems';
import type { Path } from './yaml-source';

/** The speakers a question gives as right answers: a who-said answer, each speaker of a match-speakers pair. */
function answeredSpeakers(question: Question, at: Path): { path: Path; speaker: string }[] {
  if (question.kind === 'who-said') return [{ path: [...at, 'answer'], speaker: question.answer }];
  if (question.kind === 'match-speakers') return question.pairs.map((pair, i) => ({ path: [...at, 'pairs', i, 'speaker'], speaker: pair.speaker }));
  return [];
}

/**
 * A warning for each right answer that the article's words hold but not as
 * a name: "Political Affairs Wendy Sherman", cut from "Under Secretary of
 * State for Political Affairs Wendy Sherman", would be shown to students as
 * the speaker. A speaker missing from the article is an error elsewhere.
 */
export function speakerNameWarnings(question: Question, at: Path, article: Article): PlacedMessage[] {
  return answeredSpeakers(question, at).flatMap(({ path, speaker }) => {
    const { named, inArticle, suggestion } = checkSpeakerName(speaker, article.paragraphs);
    if (named || !inArticle) return [];
    const hint = suggestion ? `; did you mean "${suggestion}"?` : '; give the name as the article writes it';
    return [placedMessage(path, `"${speaker}" is not a name the article uses for a person or organisation${hint}`)];
  });
}
