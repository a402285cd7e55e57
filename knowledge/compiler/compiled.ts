/**
 * The shape of compiled knowledge (knowledge.json): what the compiler writes and the widget reads.
 * Types only, so the widget can import them without pulling zod, marked or yaml into its bundle.
 */
import type { CompiledRisk } from '../../widget/src/core/risk.ts';

export type Audience = 'borger' | 'virksomhed' | 'forening';
export type Weekday = 'man' | 'tir' | 'ons' | 'tor' | 'fre' | 'loer' | 'soen';

/** A day with other hours; closed when opens/closes are missing. */
export interface HoursException { date: string; name: string; opens?: string; closes?: string }

/** One line of opening hours. */
export interface HoursLine { days: Weekday[]; opens: string; closes: string }

/** The primary self-service, with its URL resolved (local links filled in from municipality.yaml). */
export interface CompiledSelfService {
  provider: string;
  url: string;
  label: string;
  mitid: boolean;
  fuldmagt: boolean;
}

/** An alternative channel for citizens who are exempt, need help or act for someone else. */
export interface CompiledAlternative { channel: string; label: string; url?: string }

/** One life situation, ready for search and display. */
export interface CompiledSituation {
  id: string;
  title: string;
  audience: Audience[];
  category: string;
  synonyms: string[];
  /** Citizens' own phrasings, compared whole with the query (nearest phrasings vote). */
  examples: string[];
  summary: string;
  /** Trusted HTML rendered from the Markdown body at build time. */
  html: string;
  /** The body as plain text, for search. */
  text: string;
  selfService?: CompiledSelfService;
  attendance?: { required: boolean; booking?: string; prepare?: string };
  alternatives: CompiledAlternative[];
  callback: boolean;
  sensitive: boolean;
  urgent: boolean;
  related: string[];
  /** How often citizens come with this errand, 0–1; a small prior in the ranking. */
  popularity: number;
  reviewed?: string;
  en?: { title: string; summary: string };
}

/** The municipality's local overlay. */
export interface CompiledMunicipality {
  name: string;
  website: string;
  siteSearch: string;
  borgerservice: {
    name: string;
    address: string;
    phone: string;
    openingHours: HoursLine[];
    phoneHours: HoursLine[];
    exceptions: HoursException[];
  };
  callbackTopics: { id: string; label: string }[];
  emergency: { id?: string; label: string; phone: string; when: string }[];
  digitalHelp: { name: string; description: string; where: string; url?: string }[];
  interpreter: string;
  booking: { adapter: 'api' | 'link'; api: string };
  bookingServices: { id: string; name: string; durationMinutes: number; prepare?: string; link?: string; horizonDays?: number; activePerPerson?: number }[];
  chips: string[];
  localLinks: Record<string, string>;
  theme: { primary: string };
}

/** The whole compiled knowledge file. */
export interface CompiledKnowledge {
  version: 1;
  municipality: CompiledMunicipality;
  situations: CompiledSituation[];
  /** The emergency detector's vocabulary (risk.yaml). */
  risk?: CompiledRisk;
}
