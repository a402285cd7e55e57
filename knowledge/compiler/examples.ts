/**
 * Checks the citizens' phrasings (`examples`) across all situations: the same phrasing under two
 * situations would vote for both, so it is an error that names the other file; fewer than ten
 * phrasings is a warning, because a handful cannot show how differently people write (once any
 * situation has phrasings: a knowledge base that writes none is not nagged about each file).
 */
import type { ParsedSituation } from './compile.ts';
import { fieldProblem, type Problem } from './problems.ts';

/** The fewest phrasings a situation should have. */
export const minExamples = 10;

/** The same phrasing however it is capitalised, spaced or punctuated. */
function normalised(example: string): string {
  return example.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function checkExamples(parsed: ParsedSituation[]): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, { file: string; id: string }>();
  const inUse = parsed.some(({ data }) => data.examples.length > 0);
  for (const { file, located, data } of parsed) {
    if (inUse && data.examples.length < minExamples) {
      const count = data.examples.length;
      problems.push(fieldProblem(file, located, count ? ['examples'] : ['id'], `${count} ${count === 1 ? 'eksempel' : 'eksempler'}`,
        `mindst ${minExamples} sætninger, som borgere ville skrive dem: lange, korte, med stavefejl, på engelsk, for en anden`, 'advarsel',
        'examples:\n  - vi har fået nøglerne til en ny lejlighed\n  - ny adresse\n  - just moved, need to change my address'));
    }
    data.examples.forEach((example, index) => {
      const key = normalised(example);
      const seen = firstSeen.get(key);
      if (!seen) firstSeen.set(key, { file, id: data.id });
      else {
        const where = seen.file === file ? 'også tidligere i samme fil' : `også i ${seen.file} (${seen.id})`;
        problems.push(fieldProblem(file, located, ['examples', index], `"${example}" står ${where}`,
          'hver sætning under én situation: skriv den, hvor den passer bedst, og slet den anden', 'fejl', null));
      }
    });
  }
  return problems;
}
