/** What every component needs: knowledge, strings and the language. Passed down once via context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CompiledKnowledge } from '../../../knowledge/compiler/compiled.ts';
import type { Appointment } from '../core/booking.ts';
import type { Lang, Strings } from '../i18n/strings.ts';

export interface WidgetContext {
  knowledge: CompiledKnowledge;
  t: Strings;
  lang: Lang;
  /** Told of each booked and cancelled time, so the conversation can keep them across pages. */
  onBooked?: (appointment: Appointment) => void;
  onCancelled?: (id: string) => void;
  /** Counter mode: staff at Borgerservice explain the route, so explanations start open. */
  counter?: boolean;
  /** Counter mode: the page a citizen's phone opens for "Fortsæt på din telefon". */
  handoffPage?: string;
}

export const Widget = createContext<WidgetContext>(null as unknown as WidgetContext);

/** The widget context; only valid inside <Widget.Provider>. */
export function useWidget(): WidgetContext {
  return useContext(Widget);
}
