/** What every component needs: knowledge, strings and the language. Passed down once via context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CompiledKnowledge } from '../../../knowledge/compiler/compiled.ts';
import type { Lang, Strings } from '../i18n/strings.ts';

export interface WidgetContext { knowledge: CompiledKnowledge; t: Strings; lang: Lang }

export const Widget = createContext<WidgetContext>(null as unknown as WidgetContext);

/** The widget context; only valid inside <Widget.Provider>. */
export function useWidget(): WidgetContext {
  return useContext(Widget);
}
