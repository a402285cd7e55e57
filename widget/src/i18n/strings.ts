/**
 * Every string the citizen sees in the panel, in Danish here and in English in english.ts;
 * placeholders are typed functions. The launcher's label lives in loader.ts, which must stay tiny and loads before this.
 */

import { signal } from '@preact/signals-core';
import type { Lang } from '../core/phrases.ts';

export type { Lang };

export const da = {
  lang: 'da' as Lang,
  launcher: 'Hvad skal du? Få hjælp',
  heading: 'Hvad skal du?',
  intro: 'Skriv med dine egne ord, hvad du har brug for. Vi viser dig vej til den rigtige løsning.',
  inputLabel: 'Skriv, hvad du har brug for',
  inputPlaceholder: 'Fx: jeg skal flytte',
  send: 'Søg',
  close: 'Luk',
  chipsLabel: 'Ofte søgt',
  transcriptLabel: 'Samtale',
  you: 'Du skrev:',
  municipality: 'Kommunen skriver:',
  otherLanguage: { code: 'en', name: 'English', label: 'Read the help in English' } as { code: Lang; name: string; label: string },
  waiting: 'Et øjeblik …',
  readAloud: 'Læs op',
  stopReading: 'Stop oplæsning',
  bookTime: 'Bestil tid',
  callMe: 'Bliv ringet op',
  or: 'eller',
  bookOnSite: 'Bestil tid på kommunens side',
  bookingFailed: 'Bestillingen kunne ikke åbne.',
  transcriptScroll: 'Samtalen. Brug piletasterne for at rulle.',
  newConversation: 'Ny samtale',
  opensNewTab: '(åbner i en ny fane)',
  readMore: (title: string) => `Læs mere: ${title}`,
  answerIntro: 'Det her passer bedst:',
  clarify: 'Mente du …?',
  noneHeading: 'Det kunne vi ikke finde et sikkert svar på.',
  noneText: 'Prøv med andre ord. Du kan også søge på kommunens hjemmeside eller kontakte Borgerservice.',
  siteSearch: (name: string) => `Søg på ${name}s hjemmeside`,
  cprRemoved: 'Vi har fjernet et tal, der lignede et CPR-nummer. Skriv aldrig dit CPR-nummer her.',
  linkNotFound: 'Linket peger på noget, vi ikke kender. Skriv i stedet, hvad du har brug for.',
  counter: {
    startOver: 'Start forfra',
    highContrast: 'Høj kontrast',
    showRouteFor: 'Vis vejen for en borger, der',
    profiles: { self: 'kan selv', help: 'vil have hjælp', exempt: 'ikke kan (fritaget)', proxy: 'hjælper en anden' },
    warning: (seconds: number) => `Er du her stadig? Om ${seconds} sekunder starter skærmen forfra, så den næste ikke ser dit svar.`,
    extend: 'Fortsæt',
    handoff: 'Fortsæt på din telefon',
  },
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
  emergencyClear: 'Ring 112 nu, hvis nogen er i fare for liv eller helbred',
  emergencyPossible: 'Er nogen i fare lige nu? Så ring 112 først',
  callNumber: (phone: string) => `Ring ${phone}`,
  alsoBorgerservice: 'Du kan også ringe til',
  quickExit: 'Luk hurtigt',
  quickExitHint: 'Lukker hjælpen og sletter alt her på siden.',
  profileQuestion: 'Kan du selv bruge MitID og selvbetjening på nettet?',
  profiles: { self: 'Ja, det kan jeg selv', help: 'Ja, men jeg vil gerne have hjælp', exempt: 'Nej, det kan jeg ikke', proxy: 'Jeg hjælper en anden' },
  profileCurrent: 'Du har svaret:',
  profileUnderstood: (said: string) => `Du skrev «${said}», så vi viser vejen for:`,
  changeProfile: 'Skift svar',
  steps: 'Sådan gør du',
  why: 'Hvorfor foreslår vi det?',
  notices: {
    'no-email': 'Send aldrig følsomme oplysninger med en almindelig e-mail. Brug Digital Post i stedet.',
    'never-borrow-mitid': 'Brug aldrig en andens MitID, heller ikke med lov. Brug en digital fuldmagt og dit eget MitID.',
    'exemption-possible': 'Er du fritaget for Digital Post, har du ret til at få tingene på en anden måde. Sig det til myndigheden.',
  } as Record<string, string>,
  interpreter: 'Døv eller hørehæmmet?',
  suggestionsLabel: 'Forslag',
  suggestionsCount: (count: number) => `${count} forslag. Brug pil op og pil ned, og tryk Enter for at vælge.`,
};

export type Strings = typeof da;

/**
 * English is loaded on request (the language switch, an English page, an English conversation
 * brought back): most citizens never need it, so it is not part of what every page loads. Until
 * it has arrived, `strings('en')` gives Danish and starts loading it; reading the signal makes
 * whatever rendered in Danish render again in English a moment later.
 */
const english = signal<Strings | undefined>(undefined);
let loading: Promise<void> | undefined;

/** Loads the English strings once; resolves when they are in place (or stay Danish offline). */
export function loadEnglish(): Promise<void> {
  loading ??= import('./english.ts').then(
    (module) => { english.value = module.en; },
    () => { loading = undefined; },
  );
  return loading;
}

export function strings(lang: string): Strings {
  if (lang !== 'en') return da;
  const loaded = english.value;
  if (!loaded) void loadEnglish();
  return loaded ?? da;
}
