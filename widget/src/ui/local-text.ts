/** A situation's title and summary in the interface language where an editor translated them. */
import type { CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import type { Lang } from '../i18n/strings.ts';

/** The text to show and the language it is in (for the `lang` attribute). */
export interface LocalText { title: string; summary: string; lang: Lang }

export function localText(situation: CompiledSituation, lang: Lang): LocalText {
  return lang === 'en' && situation.en ? { ...situation.en, lang: 'en' } : { title: situation.title, summary: situation.summary, lang: 'da' };
}
