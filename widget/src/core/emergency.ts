/**
 * Safety first (DESIGN §5): words that may mean someone is in danger right now are checked before
 * any search, so a person in crisis is never offered a self-service. Patterns match the folded text
 * (æ→ae, ø→oe, å→aa) on word starts; a false alarm only costs showing 112 above the normal answer.
 */
import { fold } from './text.ts';

const crisisPatterns: RegExp[] = [
  /\bselvmord/, /\bslaa (mig|migselv) selv ihjel/, /\btage mit (eget )?liv/, /\bvil ikke (leve|vaere her)/,
  /\bikke leve laengere/, /\bskade mig selv/, /\bkill myself/, /\bsuicid/,
  /\boverfal(d|den|det)/, /\bvold(taegt|taget|eligt|elig)?\b/, /\bslaar (mig|os|sit|sine|hans|hendes|barnet|boernene|min|mit|mine)\b/,
  /\btruer med at/, /\bbange for (min|mit) (mand|kone|kaereste|far|mor)/, /\bmisbrug(er|t)? (af )?(et |mit |sit )?barn/,
  /\bbrand\b/, /\bdet braender/, /\bhjertestop/, /\bbevidstloes/, /\bkan ikke traekke vejret/, /\bakut (fare|hjaelp)/,
  /\bnoedsituation/, /\bemergency\b/,
];

/** Whether the text may describe someone in danger now. */
export function isEmergency(text: string): boolean {
  const folded = fold(text);
  return crisisPatterns.some((pattern) => pattern.test(folded));
}
