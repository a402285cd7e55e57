/**
 * Difficult words explained (plain language): the few official terms a route cannot do
 * without ("digital fuldmagt", "Digital Post", "fritaget") each get one plain sentence, shown
 * under "Hvorfor foreslår vi det?" whenever the route uses the word.
 */
import type { Lang } from './phrases.ts';
import type { Route } from './route.ts';

/** A term as it appears in route text (lowercase match) and its plain explanation. */
export interface GlossaryEntry { term: string; explanation: string }

const glossary: Record<Lang, { match: RegExp; entry: GlossaryEntry }[]> = {
  da: [
    { match: /mitid/i, entry: { term: 'MitID', explanation: 'Dit personlige login til det offentlige og din bank, som app eller kodeviser.' } },
    { match: /fuldmagt/i, entry: { term: 'Digital fuldmagt', explanation: 'En tilladelse på borger.dk. Med den må du gøre ting for en anden med dit eget MitID.' } },
    { match: /digital post/i, entry: { term: 'Digital Post', explanation: 'Din sikre postkasse fra det offentlige. Du læser den på borger.dk eller i en app.' } },
    { match: /fritage|fritaget/i, entry: { term: 'Fritaget', explanation: 'Kan du ikke bruge det digitale, kan du få lov at klare det på papir eller ved et møde.' } },
    { match: /selvbetjening/i, entry: { term: 'Selvbetjening', explanation: 'En blanket på nettet, som du selv udfylder og sender.' } },
  ],
  en: [
    { match: /mitid/i, entry: { term: 'MitID', explanation: 'Your personal login for public services and your bank, as an app or a code display.' } },
    { match: /power of attorney/i, entry: { term: 'Digital power of attorney', explanation: 'A permission on borger.dk. With it you may do things for someone else with your own MitID.' } },
    { match: /digital post/i, entry: { term: 'Digital Post', explanation: 'Your secure mailbox from the public sector. You read it on borger.dk or in an app.' } },
    { match: /exempt/i, entry: { term: 'Exempt', explanation: 'If you cannot use digital services, you may be allowed to do it on paper or at a meeting.' } },
    { match: /self-service/i, entry: { term: 'Self-service', explanation: 'A form on the internet that you fill in and send yourself.' } },
  ],
};

/** The difficult words a route's own text uses, explained in `lang`, in glossary order. */
export function explainedTerms(route: Route, lang: Lang, extraText = ''): GlossaryEntry[] {
  const text = [route.why, extraText, ...route.steps.map((step) => step.label)].join(' ');
  return glossary[lang].filter(({ match }) => match.test(text)).map(({ entry }) => entry);
}
