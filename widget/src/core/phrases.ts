/**
 * The words core builds itself (route steps, "Hvorfor foreslår vi det?", opening hours), in Danish
 * and English. What editors wrote (labels, summaries, names) stays in Danish and is marked so;
 * these tables cover only what the code composes, so an English UI is English all the way through.
 */

/** The interface languages; Danish is the default everywhere. */
export type Lang = 'da' | 'en';

/** The weekday keys of municipality.yaml, Monday first. */
export type WeekdayKey = 'man' | 'tir' | 'ons' | 'tor' | 'fre' | 'loer' | 'soen';

/** "09:00" → "9", "09:30" → "9.30" (Danish style). */
const danishClock = (time: string) => {
  const [hours, minutes] = time.split(':');
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
};

/**
 * A topic from municipality.yaml inside a sentence: "Boligstøtte" → "boligstøtte", but a name with
 * capitals further in ("Digital Post og MitID") is left as written.
 */
const inSentence = (topic: string) => (/\p{Lu}/u.test(topic.slice(1)) ? topic : topic.toLowerCase());

export const da = {
  // Full day names: "man" read aloud is a pronoun, and abbreviations are hard for many readers.
  days: { man: 'mandag', tir: 'tirsdag', ons: 'onsdag', tor: 'torsdag', fre: 'fredag', loer: 'lørdag', soen: 'søndag' } as Record<WeekdayKey, string>,
  and: ' og ',
  clock: danishClock,
  at: (time: string) => `kl. ${time}`,
  today: 'i dag',
  tomorrow: 'i morgen',
  openUntil: (time: string) => `åbent i dag til ${time}`,
  closedUntil: (next: string) => `lukket – åbner ${next}`,
  closed: 'lukket',
  book: (service: string) => `Bestil tid i Borgerservice: ${service}`,
  call: (name: string) => `Ring til ${name}`,
  visit: (name: string, address: string) => `Kom i ${name}, ${address}`,
  callback: (topic: string) => `Bliv ringet op af Borgerservice om ${inSentence(topic)}`,
  bookHelp: (service: string) => `Bestil tid til ${inSentence(service)} i Borgerservice`,
  proxy: 'Få en digital fuldmagt, så du kan gøre det med dit eget MitID',
  digitalPost: 'Skriv sikkert til kommunen med Digital Post – aldrig med almindelig e-mail',
  ownSite: 'kommunens hjemmeside',
  why: {
    attendance: 'Du skal møde personligt op, så det første skridt er at bestille en tid. Gør det, du kan, klar på nettet før.',
    self: (where: string) => `Du kan klare det selv på ${where}, når det passer dig – uden at vente på åbningstid.`,
    help: 'Du vil gerne selv, men vil have hjælp: en medarbejder eller en borgerguide sidder med dig, mens du gør det.',
    proxy: 'Du hjælper en anden. Med en digital fuldmagt kan du gøre det for dem med dit eget MitID.',
    proxyOffline: 'Selvbetjeningen kan ikke bruges med fuldmagt, så I klarer det uden om den. Brug aldrig en andens MitID.',
    exempt: 'Du kan ikke bruge selvbetjeningen, så du får en anden vej. Du har ret til den, hvis du er fritaget.',
    booking: 'Det her klares sammen med en medarbejder, så det første skridt er at bestille en tid.',
    selfOnly: (where: string) => `Du kan klare det på ${where}.`,
    phone: 'Det her klares bedst ved at tale med Borgerservice.',
    urgent: 'Er nogen i fare lige nu, så ring 112. Ellers er det første skridt det, der står efter numrene.',
    emergency: 'Det, du skriver, kan betyde, at nogen er i fare. Sikkerhed kommer før alt andet.',
  },
};

/** The phrase table's shape; English must fill every entry. */
export type Phrases = typeof da;

// A call-back topic from municipality.yaml is Danish and would be read with English pronunciation
// inside an English label, so the English call-back and help phrases say it in English instead.
export const en: Phrases = {
  days: { man: 'Monday', tir: 'Tuesday', ons: 'Wednesday', tor: 'Thursday', fre: 'Friday', loer: 'Saturday', soen: 'Sunday' },
  and: ' and ',
  clock: (time) => time.replace(/^0/, ''),
  at: (time) => `at ${time}`,
  today: 'today',
  tomorrow: 'tomorrow',
  openUntil: (time) => `open today until ${time}`,
  closedUntil: (next) => `closed – opens ${next}`,
  closed: 'closed',
  book: (service) => `Book a time at Borgerservice: ${service}`,
  call: (name) => `Call ${name}`,
  visit: (name, address) => `Come to ${name}, ${address}`,
  callback: () => 'Get a call back from Borgerservice',
  bookHelp: () => 'Book a time at Borgerservice to get help with self-service',
  proxy: 'Get a digital power of attorney, so you can do it with your own MitID',
  digitalPost: 'Write safely to the municipality with Digital Post – never with ordinary e-mail',
  ownSite: 'the municipality’s website',
  why: {
    attendance: 'You must come in person, so the first step is to book a time. Get ready online first where you can.',
    self: (where) => `You can do it yourself on ${where}, when it suits you – no need to wait for opening hours.`,
    help: 'You want to do it yourself, but with help: a member of staff or a digital guide sits with you while you do it.',
    proxy: 'You are helping someone else. With a digital power of attorney you can do it for them with your own MitID.',
    proxyOffline: 'The self-service cannot be used with a power of attorney, so you do it another way. Never use someone else’s MitID.',
    exempt: 'You cannot use the self-service, so you get another way. You have a right to it if you are exempt.',
    booking: 'This is done together with a member of staff, so the first step is to book a time.',
    selfOnly: (where) => `You can do it on ${where}.`,
    phone: 'This is best done by talking to Borgerservice.',
    urgent: 'If someone is in danger right now, call 112. Otherwise the first step is the one after the numbers.',
    emergency: 'What you wrote may mean that someone is in danger. Safety comes before everything else.',
  },
};

/** The phrases for a language; anything but English gets Danish. */
export function phrasesFor(lang: string): Phrases {
  return lang === 'en' ? en : da;
}
