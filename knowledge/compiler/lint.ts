/**
 * Warnings: things an editor should look at that do not stop the build:
 * hard-to-read summaries, links outside the trusted domains, synonyms that point two ways, facts
 * nobody has checked for a year, and missing English.
 */
import type { ParsedSituation } from './compile.ts';
import { lix } from './lix.ts';
import { fieldProblem, type Problem } from './problems.ts';
import type { Municipality } from './schema.ts';

/** Plain Danish for everyone: easy texts score under 30, ordinary ones up to 40. */
export const maxSummaryLix = 40;

/** Domains links may point to without a warning (besides the municipality's own website). */
export const trustedDomains = [
  'borger.dk', 'virk.dk', 'jobnet.dk', 'skat.dk', 'politi.dk', 'mitid.dk', 'sundhed.dk', 'fstyr.dk', 'digst.dk',
];

function isTrusted(url: URL, municipalityHost: string): boolean {
  const host = url.hostname.replace(/^www\./, '');
  return host === municipalityHost || trustedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Date one year before `today` (YYYY-MM-DD). */
function yearBefore(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
}

/** All warnings for the parsed situations. `today` decides what "older than a year" means. */
export function lintSituations(parsed: ParsedSituation[], municipality: Municipality, today: string): Problem[] {
  const warnings: Problem[] = [];
  const municipalityHost = new URL(municipality.website).hostname.replace(/^www\./, '');
  const firstOwner = new Map<string, string>();

  for (const { file, located, data, links } of parsed) {
    const warn = (path: (string | number)[], found: string, allowed: string, example?: string | null) =>
      warnings.push(fieldProblem(file, located, path, found, allowed, 'advarsel', example));

    // The same count as the plain-language unit test and `npm run lix`, so the three never disagree.
    const score = lix(data.summary).score;
    if (score > maxSummaryLix) {
      warn(['summary'], `en tekst med LIX ${Math.round(score)} (svær at læse)`, `LIX højst ${maxSummaryLix}: korte sætninger og korte ord`);
    }

    // Every link with where it is, so the warnings point at the exact line.
    const linkSites: { url: string; at: (string | number)[] | number }[] = [];
    if (data.selfService?.url) linkSites.push({ url: data.selfService.url, at: ['selfService', 'url'] });
    data.alternatives.forEach((alternative, index) => {
      if (alternative.url) linkSites.push({ url: alternative.url, at: ['alternatives', index, 'url'] });
    });
    // Body links other than https (mailto:, tel:, #) need no domain check; unsafe ones are errors already.
    for (const link of links) if (/^https:\/\//i.test(link.href)) linkSites.push({ url: link.href, at: link.line });

    const linkWarning = (at: (string | number)[] | number, found: string, allowed: string) => {
      if (typeof at === 'number') warnings.push({ severity: 'advarsel', file, line: at, col: 1, field: '(tekst)', found, allowed });
      else warn(at, found, allowed, null);
    };
    for (const { url, at } of linkSites) {
      let parsedUrl: URL | undefined;
      try {
        parsedUrl = new URL(url);
      } catch {
        linkWarning(at, `linket "${url}" kan ikke læses`, 'et fuldt link, der starter med https://');
        continue;
      }
      if (parsedUrl.protocol !== 'https:') linkWarning(at, `linket ${url} er ikke sikkert (ikke https)`, 'et link, der starter med https://');
      else if (!isTrusted(parsedUrl, municipalityHost)) {
        linkWarning(at, `linket ${url} peger uden for de kendte domæner`, `links til ${trustedDomains.join(', ')} eller kommunens egen hjemmeside`);
      }
    }

    if (!data.reviewed) {
      // Each unchecked link is listed, so an editor sees exactly what to open and check.
      for (const { url, at } of linkSites) {
        linkWarning(at, `linket ${url} er ikke gennemgået af en redaktør`, 'tjek linket og faktaene, og skriv datoen i reviewed');
      }
      if (linkSites.length === 0) warn(['id'], 'reviewed mangler', 'en dato i reviewed, når en redaktør har tjekket faktaene', `reviewed: ${today}`);
    } else if (data.reviewed < yearBefore(today)) {
      warn(['reviewed'], `sidst gennemgået ${data.reviewed}, for over et år siden`, 'tjek faktaene og links igen, og skriv dagens dato', `reviewed: ${today}`);
    }

    if (!data.en) {
      warn(['id'], 'ingen engelsk titel og resumé (en)', 'en: med title og summary på engelsk',
        'en:\n    title: Moving\n    summary: You report your move on borger.dk.');
    }

    data.synonyms.forEach((synonym, index) => {
      const key = synonym.toLowerCase().replace(/\s+/g, ' ').trim();
      const owner = firstOwner.get(key);
      if (owner && owner !== data.id) {
        warn(['synonyms', index], `"${synonym}" står også i ${owner}`, 'et synonym, der kun peger på én situation');
      } else if (!owner) {
        firstOwner.set(key, data.id);
      }
    });
  }
  return warnings;
}
