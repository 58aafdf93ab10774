// How report prose joins its pieces, in the run's language: English and Chinese punctuate lists,
// clauses, the end of a sentence and an aside differently, so each mark is a message.
import { msg } from '../messages';

/** names or short phrases: `a, b, c` / `a、b、c` */
export const listOf = (items: readonly string[]): string => items.join(msg('join.list'));

/** clauses of one sentence: `a; b` / `a；b` */
export const clausesOf = (items: readonly string[]): string => items.join(msg('join.clauses'));

/** a sentence made of `text`, with its full stop */
export const sentenceOf = (text: string): string => msg('join.sentence', { text });

/** an aside after a phrase: ` (text)` / `（text）` */
export const asideOf = (text: string): string => msg('join.aside', { text });

/** sentences one after another: a space after an English stop, none after a Chinese one */
export const sentencesOf = (parts: readonly string[]): string =>
  parts.reduce(
    (text, part) => (!text ? part : !part ? text : /[。！？：]$/.test(text) ? text + part : `${text} ${part}`),
    '',
  );

/** a label before its value: `label:` / `label：` */
export const labelOf = (label: string): string => msg('join.label', { label });
