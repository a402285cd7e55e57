/**
 * The booking screens' words in Danish and English. They load with the booking chunk, so citizens
 * who never book never download them.
 */
import type { Lang } from '../core/phrases.ts';

/** Danish, the default. */
export const da = {
  retry: 'Prøv igen',
  fetchingTimes: 'Henter ledige tider …',
  noTimes: 'Der er ingen ledige tider de næste uger. Ring til Borgerservice.',
  moreDays: 'Vis flere dage',
  fields: {
    name: 'Navn',
    phone: 'Telefon',
    email: 'E-mail (hvis du ikke har telefon)',
    note: 'Bemærkning (valgfri)',
  },
  noCpr: 'Skriv ikke dit CPR-nummer.',
  chosen: 'Du har valgt',
  at: (day: string, time: string) => `${day} kl. ${time}`,
  otherTime: 'Vælg en anden tid',
  booking: 'Bestiller …',
  book: 'Bestil tiden',
  headings: { slots: 'Vælg en tid', done: 'Din tid er bestilt', cancelled: 'Din tid er aflyst', form: 'Dine oplysninger' },
  taken: 'Tiden blev taget, mens du skrev. Vælg en ny tid – det, du har skrevet, er gemt.',
  bookingDown: 'Vi kunne ikke bestille tiden lige nu. Det, du har skrevet, er gemt. Prøv igen, eller ring til os.',
  limit: 'Du har allerede så mange tider til dette, som man kan have på én gang. Aflys en af dem med koden fra din bekræftelse, eller ring til os.',
  prepare: 'Før du kommer:',
  code: 'Din kode:',
  codeUse: 'Brug den, hvis du vil aflyse.',
  calendar: 'Gem tiden i din kalender (.ics)',
  cancel: 'Aflys tiden',
  cancelled: 'Tiden er aflyst. Du kan bestille en ny tid når som helst.',
  callbackHeading: 'Bliv ringet op',
  callbackSent: 'Vi ringer til dig',
  callbackDown: 'Vi kunne ikke sende din besked lige nu. Det, du har skrevet, er gemt. Prøv igen, eller ring til os.',
  thanks: (phone: string) => `Tak. Borgerservice ringer til ${phone} i det tidsrum, du valgte.`,
  when: 'Hvornår må vi ringe?',
  yourPhone: 'Dit telefonnummer',
  about: 'Hvad drejer det sig om? (valgfri)',
  sending: 'Sender …',
  callMe: 'Ring mig op',
};

export type BookingStrings = typeof da;

export const en: BookingStrings = {
  retry: 'Try again',
  fetchingTimes: 'Getting free times …',
  noTimes: 'There are no free times in the coming weeks. Call Borgerservice.',
  moreDays: 'Show more days',
  fields: {
    name: 'Name',
    phone: 'Phone',
    email: 'E-mail (if you have no phone)',
    note: 'Note (optional)',
  },
  noCpr: 'Do not write your CPR number.',
  chosen: 'You have chosen',
  at: (day, time) => `${day} at ${time}`,
  otherTime: 'Choose another time',
  booking: 'Booking …',
  book: 'Book the time',
  headings: { slots: 'Choose a time', done: 'Your time is booked', cancelled: 'Your time is cancelled', form: 'Your details' },
  taken: 'The time was taken while you were writing. Choose a new time – what you wrote is kept.',
  bookingDown: 'We could not book the time just now. What you wrote is kept. Try again, or call us.',
  limit: 'You already hold as many bookings for this as one person can. Cancel one with the code from your confirmation, or call us.',
  prepare: 'Before you come:',
  code: 'Your code:',
  codeUse: 'Use it if you want to cancel.',
  calendar: 'Save the time in your calendar (.ics)',
  cancel: 'Cancel the time',
  cancelled: 'The time is cancelled. You can book a new time whenever you like.',
  callbackHeading: 'Get a call back',
  callbackSent: 'We will call you',
  callbackDown: 'We could not send your message just now. What you wrote is kept. Try again, or call us.',
  thanks: (phone) => `Thank you. Borgerservice will call ${phone} in the time you chose.`,
  when: 'When may we call?',
  yourPhone: 'Your phone number',
  about: 'What is it about? (optional)',
  sending: 'Sending …',
  callMe: 'Call me',
};

/** The booking words for a language; anything but English gets Danish. */
export function bookingStrings(lang: Lang): BookingStrings {
  return lang === 'en' ? en : da;
}
