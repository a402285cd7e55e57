/**
 * Every string the citizen sees in the panel, in Danish and English; placeholders are typed
 * functions. The launcher's label lives in loader.ts, which must stay tiny and loads before this.
 */

export type Lang = 'da' | 'en';

export const da = {
  heading: 'Hvad skal du?',
  intro: 'Skriv med dine egne ord, hvad du har brug for. Vi viser dig vej til den rigtige løsning.',
  inputLabel: 'Skriv, hvad du har brug for',
  inputPlaceholder: 'Fx: jeg skal flytte',
  send: 'Søg',
  close: 'Luk',
  chipsLabel: 'Ofte søgt',
  transcriptLabel: 'Samtale',
  you: 'Dig',
  newConversation: 'Ny samtale',
  opensNewTab: '(åbner i en ny fane)',
  readMore: (title: string) => `Læs mere: ${title}`,
  answerIntro: 'Det her passer bedst:',
  clarify: 'Mente du …?',
  noneHeading: 'Det kunne vi ikke finde et sikkert svar på.',
  noneText: 'Prøv med andre ord, søg på kommunens hjemmeside, eller kontakt Borgerservice.',
  siteSearch: (name: string) => `Søg på ${name}s hjemmeside`,
  cprRemoved: 'Vi har fjernet et tal, der lignede et CPR-nummer. Skriv aldrig dit CPR-nummer her.',
  prepare: 'Før du kommer:',
  bookByPhone: (phone: string) => `Ring og bestil tid: ${phone}`,
  visit: (name: string, address: string) => `${name}, ${address}`,
  openingHours: (hours: string) => `Åbningstider: ${hours}`,
  needHelp: 'Kan du ikke klare det selv?',
  call: (name: string) => `Ring til ${name}`,
  phoneHours: (hours: string) => `Telefontid: ${hours}`,
  openNow: 'Åbent nu',
  closedNow: (next?: string) => (next ? `Lukket nu – åbner ${next}` : 'Lukket nu'),
  fallback: 'Hjælpen kunne ikke starte lige nu. Kontakt os i stedet:',
  emptyQuery: 'Skriv et par ord om, hvad du har brug for.',
  emergencyHeading: 'Er du eller en anden i fare? Få hjælp med det samme:',
  profileQuestion: 'Kan du selv bruge MitID og selvbetjening på nettet?',
  profiles: { self: 'Ja, det kan jeg selv', help: 'Ja, men jeg vil gerne have hjælp', exempt: 'Nej, det kan jeg ikke', proxy: 'Jeg hjælper en anden' },
  profileCurrent: 'Du har svaret:',
  changeProfile: 'Skift svar',
  steps: 'Sådan gør du',
  why: 'Hvorfor foreslår vi det?',
  notices: {
    'no-email': 'Send aldrig følsomme oplysninger med almindelig e-mail. Brug Digital Post.',
    'never-borrow-mitid': 'Brug aldrig en andens MitID, heller ikke med lov. Brug en digital fuldmagt og dit eget MitID.',
    'exemption-possible': 'Er du fritaget for Digital Post, har du ret til at få tingene på en anden måde. Sig det til myndigheden.',
  } as Record<string, string>,
  interpreter: 'Døv eller hørehæmmet?',
  suggestionsLabel: 'Forslag',
  suggestionsCount: (count: number) => `${count} forslag. Brug pil op og pil ned, og tryk Enter for at vælge.`,
};

export type Strings = typeof da;

export const en: Strings = {
  heading: 'What do you need?',
  intro: 'Write in your own words what you need. We will show you the way to the right solution.',
  inputLabel: 'Write what you need',
  inputPlaceholder: 'E.g.: I am moving',
  send: 'Search',
  close: 'Close',
  chipsLabel: 'Popular topics',
  transcriptLabel: 'Conversation',
  you: 'You',
  newConversation: 'New conversation',
  opensNewTab: '(opens in a new tab)',
  readMore: (title: string) => `Read more: ${title}`,
  answerIntro: 'This fits best:',
  clarify: 'Did you mean …?',
  noneHeading: 'We could not find a reliable answer to that.',
  noneText: 'Try other words, search the municipality’s website, or contact Borgerservice.',
  siteSearch: (name: string) => `Search the website of ${name}`,
  cprRemoved: 'We removed a number that looked like a CPR number. Never write your CPR number here.',
  prepare: 'Before you come:',
  bookByPhone: (phone: string) => `Call to book a time: ${phone}`,
  visit: (name: string, address: string) => `${name}, ${address}`,
  openingHours: (hours: string) => `Opening hours: ${hours}`,
  needHelp: 'Can’t do it yourself?',
  call: (name: string) => `Call ${name}`,
  phoneHours: (hours: string) => `Phone hours: ${hours}`,
  openNow: 'Open now',
  closedNow: (next?: string) => (next ? `Closed now – opens ${next}` : 'Closed now'),
  fallback: 'The help could not start just now. Contact us instead:',
  emptyQuery: 'Write a few words about what you need.',
  emergencyHeading: 'Are you or someone else in danger? Get help now:',
  profileQuestion: 'Can you use MitID and online self-service yourself?',
  profiles: { self: 'Yes, I can', help: 'Yes, but I would like help', exempt: 'No, I cannot', proxy: 'I am helping someone else' },
  profileCurrent: 'Your answer:',
  changeProfile: 'Change answer',
  steps: 'What to do',
  why: 'Why do we suggest this?',
  notices: {
    'no-email': 'Never send sensitive information by ordinary e-mail. Use Digital Post.',
    'never-borrow-mitid': 'Never use someone else’s MitID, not even with permission. Use a digital power of attorney and your own MitID.',
    'exemption-possible': 'If you are exempt from Digital Post, you have the right to get things another way. Tell the authority.',
  } as Record<string, string>,
  interpreter: 'Deaf or hard of hearing?',
  suggestionsLabel: 'Suggestions',
  suggestionsCount: (count: number) => `${count} suggestions. Use the up and down arrows and press Enter to choose.`,
};

/** The strings for a language; unknown languages get Danish. */
export function strings(lang: string): Strings {
  return lang === 'en' ? en : da;
}
