/**
 * Deep links to an answer: `#vejviser=<situation-id>` and optionally `&profil=<profile>`
 * in the address of any page that embeds Vejviser. They carry a situation and a profile only —
 * never anything the citizen typed — so they are safe to show as a QR code or send to a phone.
 */
import { profiles, type Profile } from './route.ts';

/** What a deep link asks for; `situation` is not checked against the knowledge here. */
export interface DeepLink { situation: string; profile?: Profile }

/** Reads a deep link from a URL hash ("#vejviser=pas&profil=exempt"); undefined when there is none. */
export function parseDeepLink(hash: string): DeepLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const situation = params.get('vejviser')?.trim();
  if (!situation) return undefined;
  const profile = params.get('profil') as Profile | null;
  return profile && profiles.includes(profile) ? { situation, profile } : { situation };
}

/** The hash for a deep link: "#vejviser=pas" or "#vejviser=pas&profil=exempt". */
export function deepLinkHash({ situation, profile }: DeepLink): string {
  return `#vejviser=${encodeURIComponent(situation)}${profile ? `&profil=${profile}` : ''}`;
}

/** A full deep link on `pageUrl` (its own hash replaced). */
export function deepLinkUrl(pageUrl: string, link: DeepLink): string {
  const url = new URL(pageUrl);
  url.hash = deepLinkHash(link).slice(1);
  return url.href;
}
