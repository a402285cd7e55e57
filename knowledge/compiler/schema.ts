/**
 * The knowledge schema: what a web editor may write in a situation's frontmatter and in
 * municipality.yaml. Every field carries a doc comment because the editors' guide and the
 * Danish error messages are written from them.
 */
import * as z from 'zod';

/** Stable, kebab-case ASCII id (æ→ae, ø→oe, å→aa); the contract between knowledge, tests and `ask`. */
export const situationId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Who a situation is for. */
export const audience = z.enum(['borger', 'virksomhed', 'forening']);

/** The broad topic a situation belongs to; used to group the catalogue. */
export const category = z.enum([
  'bolig', 'sundhed', 'id-og-rejser', 'digital', 'familie', 'arbejde-og-penge',
  'aeldre-og-handicap', 'by-og-miljoe', 'erhverv', 'forening', 'kontakt', 'demokrati',
]);

/** Who runs a self-service. `lokal` means the municipality's own; its URL comes from municipality.yaml. */
export const provider = z.enum([
  'borger.dk', 'virk.dk', 'jobnet.dk', 'skat.dk', 'politi.dk', 'mitid.dk', 'sundhed.dk',
  'fstyr.dk', 'digst.dk', 'lokal',
]);

/** An absolute https link. */
const httpsUrl = z.url({ protocol: /^https$/ });

/** The cheapest channel that fully solves the errand for someone who can use it. */
export const selfService = z.strictObject({
  /** Who runs it. */
  provider,
  /** Link to the self-service; omit only for `lokal` (then municipality.yaml's `localLinks.<id>` is used). */
  url: httpsUrl.optional(),
  /** The action in Danish, as a button text: "Meld flytning". */
  label: z.string().min(3).max(60),
  /** Whether the citizen needs MitID to use it. */
  mitid: z.boolean(),
  /** Whether someone acting for the citizen can use it with digital fuldmagt. */
  fuldmagt: z.boolean(),
});

/** Personal attendance at Borgerservice. */
export const attendance = z.strictObject({
  /** True when the errand cannot be finished without coming in (passport, driving licence …). */
  required: z.boolean(),
  /** Id of the booking service in municipality.yaml (`bookingServices`). */
  booking: situationId.optional(),
  /** What to prepare digitally or bring before coming, in plain Danish. */
  prepare: z.string().min(3).max(300).optional(),
});

/** Channel kinds an alternative can use. */
export const alternativeChannel = z.enum([
  'phone', 'attendance', 'paper', 'assisted', 'booking', 'callback', 'digital-post', 'proxy', 'information',
]);

/** A way to the same result for citizens who are exempt, need help or act for someone else. */
export const alternative = z.strictObject({
  /** The kind of channel. */
  channel: alternativeChannel,
  /** What the citizen does, in plain Danish. */
  label: z.string().min(3).max(160),
  /** Optional https link. */
  url: httpsUrl.optional(),
});

/** An ISO date (YYYY-MM-DD); YAML may hand it over as a Date already. */
const isoDate = z.union([
  z.iso.date(),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/** "HH:MM" on a 24-hour clock. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** English title and summary, shown when the widget runs in English. */
export const english = z.strictObject({
  title: z.string().min(2).max(80),
  summary: z.string().min(10).max(400),
});

/** The frontmatter of one situation file. */
export const situationFrontmatter = z.strictObject({
  /** Stable id; must equal the file name without `.md`. */
  id: situationId,
  /** Short Danish title as citizens would say it: "Flytning". */
  title: z.string().min(2).max(80),
  /** Who it is for; at least one. */
  audience: z.array(audience).min(1),
  /** Broad topic. */
  category,
  /** Words citizens use: everyday phrasing, inflections, misspellings, without æ/ø/å, English.
   *  A bare number (112) is read as text. */
  synonyms: z.array(z.union([z.string().min(2).max(60), z.number().transform(String)])).min(1),
  /** Whole sentences as citizens write them (long, short, misspelt, English, for someone else), at
   *  least ten: a query close to one of them finds this situation even without its words. */
  examples: z.array(z.string().min(2).max(300)).default([]),
  /** Plain Danish, one to three short sentences. */
  summary: z.string().min(10).max(400),
  /** The primary self-service, when there is one. */
  selfService: selfService.optional(),
  /** Personal attendance, when it may be needed. */
  attendance: attendance.optional(),
  /** Ways for citizens who are exempt, need help or act for someone else. */
  alternatives: z.array(alternative).default([]),
  /** Whether Borgerservice offers to call the citizen back about this. */
  callback: z.boolean().default(false),
  /** Sensitive personal data: never by e-mail, use Digital Post. */
  sensitive: z.boolean().default(false),
  /** Safety first: show emergency numbers before anything else. */
  urgent: z.boolean().default(false),
  /** Ids of related situations. */
  related: z.array(situationId).default([]),
  /** How often citizens come with this errand, 0–1 (default 0.5). Tips close calls towards common errands. */
  popularity: z.number().min(0).max(1).default(0.5),
  /** Date an editor last checked the facts and links; leave empty until checked. */
  reviewed: isoDate.optional(),
  /** English translation of title and summary. */
  en: english.optional(),
});

export type SituationFrontmatter = z.infer<typeof situationFrontmatter>;


/** Danish weekday abbreviations, Monday first. */
export const weekday = z.enum(['man', 'tir', 'ons', 'tor', 'fre', 'loer', 'soen']);

/** One line of opening hours: the days it covers and when it opens and closes. */
export const hoursLine = z.strictObject({
  days: z.array(weekday).min(1),
  opens: clock,
  closes: clock,
});

/** A day with other hours than usual (a public holiday, an event); without opens/closes it is closed. */
export const hoursException = z.strictObject({
  date: isoDate,
  /** What the day is: "Juledag". */
  name: z.string().min(2),
  opens: clock.optional(),
  closes: clock.optional(),
});

/** A phone number to call when someone is in danger or needs help outside office hours. */
export const emergencyNumber = z.strictObject({
  /** Optional id, so the risk vocabulary (risk.yaml) can show this number for a kind of danger: `socialvagt`. */
  id: situationId.optional(),
  /** Who answers: "Alarm 112". */
  label: z.string().min(2),
  /** The number as citizens dial it. */
  phone: z.string().regex(/^[0-9 +]{3,16}$/),
  /** When to call it, in plain Danish. */
  when: z.string().min(5),
});

/** A place or person that helps citizens use digital self-service. */
export const digitalHelp = z.strictObject({
  name: z.string().min(2),
  /** What the help is and who it is for. */
  description: z.string().min(10),
  /** Where and when, in plain Danish. */
  where: z.string().min(5),
  url: httpsUrl.optional(),
});

/** A booking service at Borgerservice. */
export const bookingService = z.strictObject({
  id: situationId,
  name: z.string().min(2),
  durationMinutes: z.number().int().min(5).max(240),
  /** What to bring or do first. */
  prepare: z.string().optional(),
  /** The municipality's own booking page for this service, used by the `link` adapter. */
  link: httpsUrl.optional(),
  /** How many days ahead a time can be booked; the booking service uses 60 when this is left out. */
  horizonDays: z.number().int().min(1).max(366).optional(),
  /** How many future bookings of this service one phone number or e-mail address may hold; 2 when left out. */
  activePerPerson: z.number().int().min(1).max(20).optional(),
});

/** municipality.yaml: everything local. Another municipality adopts Vejviser by editing this file. */
export const municipality = z.strictObject({
  /** The municipality's name: "Eksempel Kommune". */
  name: z.string().min(2),
  /** The municipality's website. */
  website: httpsUrl,
  /** Site search with `{query}` where the citizen's words go. */
  siteSearch: z.string().regex(/^https:\/\/.+\{query\}/),
  /** Borgerservice contact and hours. */
  borgerservice: z.strictObject({
    name: z.string().min(2),
    address: z.string().min(5),
    /** Phone number as citizens dial it: "12 34 56 78". */
    phone: z.string().regex(/^[0-9 +]{8,16}$/),
    openingHours: z.array(hoursLine).min(1),
    phoneHours: z.array(hoursLine).min(1),
    /** Days with other hours, e.g. public holidays; they apply to both opening and phone hours. */
    exceptions: z.array(hoursException).default([]),
  }),
  /** Topics Borgerservice calls citizens back about. */
  callbackTopics: z.array(z.strictObject({ id: situationId, label: z.string().min(2) })).default([]),
  /** Emergency and out-of-hours numbers; 112 must be among them. */
  emergency: z.array(emergencyNumber).min(1),
  /** Digital help offers: borgerguider, IT-café … */
  digitalHelp: z.array(digitalHelp).default([]),
  /** How deaf and hard-of-hearing citizens reach Borgerservice (sign-language or text interpreter). */
  interpreter: z.string().min(10),
  /**
   * How the widget books: `api` talks to a booking service with the booking API described in README.md at `api` (a URL
   * or a path on the site); `link` opens each service's own booking page (`bookingServices[].link`).
   */
  booking: z.strictObject({
    adapter: z.enum(['api', 'link']),
    api: z.string().min(1).default('/api'),
  }).default({ adapter: 'api', api: '/api' }),
  /** Booking services offered at Borgerservice. */
  bookingServices: z.array(bookingService).default([]),
  /** Situation ids shown as topic chips in the panel, in order. */
  chips: z.array(situationId).max(8).default([]),
  /** The municipality's own self-service links, per situation id. */
  localLinks: z.record(situationId, httpsUrl).default({}),
  /** Theme colours (CSS colours). */
  theme: z.strictObject({
    /** Buttons and the launcher; white text goes on it, so it must be dark enough (4.5:1). */
    primary: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  }).default({ primary: '#004b87' }),
});

export type Municipality = z.infer<typeof municipality>;


/**
 * A sign in risk.yaml: words (with `*` for any ending, `a|b` for either word), " / " between
 * whole alternative phrases, and " + " between parts that must all be found.
 * Letters, digits, apostrophes and hyphens only, so a typo in the syntax is caught, not ignored.
 */
export const riskPattern = z.string().regex(/^[\p{L}\p{N}'’*|$-]+( ([+/] )?[\p{L}\p{N}'’*|$-]+)*$/u);

/** A phone number in risk.yaml: national lines such as Livslinien. */
export const riskNumber = z.strictObject({
  /** Stable id the kinds refer to: `livslinien`. */
  id: situationId,
  /** Who answers: "Livslinien". */
  label: z.string().min(2),
  /** The number as citizens dial it. */
  phone: z.string().regex(/^[0-9 +]{3,16}$/),
  /** When and why to call, in plain Danish. */
  when: z.string().min(5),
});

/** One kind of danger: its numbers and its signs at three strengths. */
export const riskKind = z.strictObject({
  /** Stable id: `medical`, `suicide` … */
  id: situationId,
  /** The kind in Danish, for reviewers. */
  name: z.string().min(2),
  /** Ids of the numbers to show, most important first (from `numbers` here or `emergency` in municipality.yaml). */
  numbers: z.array(situationId).min(1),
  /** Clear danger on its own. */
  clear: z.array(riskPattern).min(1),
  /** Possible danger; two together count as clear. */
  possible: z.array(riskPattern).default([]),
  /** Weak signs that only count together with others. */
  weak: z.array(riskPattern).default([]),
  /** Situation ids that may be answered beside the numbers for this kind (e.g. adressebeskyttelse for violence). */
  situations: z.array(situationId).default([]),
});

/** risk.yaml: the vocabulary of the emergency detector. */
export const riskVocabulary = z.strictObject({
  numbers: z.array(riskNumber).min(1),
  kinds: z.array(riskKind).min(1),
  markers: z.strictObject({
    /** Words that say it is happening now. */
    now: z.array(riskPattern).default([]),
    /** Words that put it in the past or the future. */
    notNow: z.array(riskPattern).default([]),
    /** Words that say the danger is over ("har det godt nu"): then nothing counts. */
    resolved: z.array(riskPattern).default([]),
    /** Words of an errand or a hypothetical question. */

    errand: z.array(riskPattern).default([]),
    /** Figures of speech that look like danger and are not. */
    figurative: z.array(riskPattern).default([]),
  }),
  /** Named groups of single words, used in signs as `$name` (`$barn` for barn|børn|baby …). */
  concepts: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(z.string().regex(/^\*?[\p{L}\p{N}'’]+\*?$/u)).min(1)).default({}),
  /** Everyday words read only as written, never as a typo or an inflection of a sign ("skriver" is not "skriger"). */
  notTypos: z.array(z.string().regex(/^\p{L}+$/u)).default([]),
  /** Spellings of short words that should read as the word. */
  spellings: z.record(z.string().regex(/^\p{L}+$/u), z.array(z.string().regex(/^\p{L}+$/u))).default({}),
});

export type RiskVocabulary = z.infer<typeof riskVocabulary>;

/** risk-model.json, written by `npm run knowledge:risk-model`, never by hand. */
export const riskModelFile = z.strictObject({
  about: z.string().optional(),
  trainedOn: z.strictObject({ danger: z.int().nonnegative(), ordinary: z.int().nonnegative() }).optional(),
  bits: z.int().min(8).max(20),
  scale: z.number().positive(),
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
