/**
 * `npm run lix` — how easy Vejviser's texts are to read, for editors: the LIX of the summaries, the
 * interface and the routes, and the ten hardest texts to rewrite first. It only reports; the limit
 * (LIX 40) is enforced by the unit tests and by `npm run knowledge:check`.
 */
import { compileKnowledgeDir } from './compiler/read.ts';
import { formatProblem } from './compiler/problems.ts';
import {
  formatLix, maxLix, measure, minWordsForOwnScore, reportLine, routeTexts, scoreTexts, summaryTexts, uiTexts, type PlainText,
} from './plain-language.ts';

const { knowledge, problems } = await compileKnowledgeDir(import.meta.dirname);
if (!knowledge) {
  for (const problem of problems.filter((p) => p.severity === 'fejl')) console.error(formatProblem(problem));
  console.error('Vidensbasen har fejl; kør npm run knowledge:check.');
  process.exit(1);
}

// Every text with where an editor (or a developer) finds it, and whether it has a limit of its
// own: a route step's label is a short button text, held to the limit only in the pooled score.
const routes = routeTexts(knowledge);
const limitOf = new Map<string, boolean>();
const labelled = (group: string, texts: PlainText[], ownLimit: boolean) => texts.map(({ where, text }) => {
  limitOf.set(`${group} ${where}`, ownLimit);
  return { where: `${group} ${where}`, text };
});
const all = [
  ...labelled('resumé', summaryTexts(knowledge), true),
  ...labelled('brugerflade', uiTexts(), true),
  ...labelled('rute, hvorfor', routes.why, true),
  ...labelled('rute, trin', routes.labels, false),
];

// A label of two or three words scores high from one long word alone, so only texts long enough
// to be a sentence are ranked.
const hardest = scoreTexts(all).filter(({ lix }) => lix.words >= minWordsForOwnScore).slice(0, 10);

console.log(reportLine(measure(knowledge)));
console.log('');
console.log(`De ${hardest.length} sværeste tekster (mindst ${minWordsForOwnScore} ord). Kravet er LIX højst ${maxLix}:`);
for (const { where, text, lix } of hardest) {
  const mark = lix.score <= maxLix ? '' : limitOf.get(where) ? '  FOR SVÆR' : `  (over ${maxLix}, men tæller kun med i det samlede tal)`;
  console.log(`  LIX ${formatLix(lix.score).padStart(5)}  ${where}${mark}`);
  console.log(`             "${text}"`);
  console.log(`             ${lix.words} ord, ${lix.sentences} sætning${lix.sentences === 1 ? '' : 'er'}, ${lix.longWords} lange ord (over 6 bogstaver)`);
}
console.log('');
console.log('Er en tekst for svær: skriv kortere sætninger (højst 10–15 ord) og vælg kortere ord, når der findes et.');
