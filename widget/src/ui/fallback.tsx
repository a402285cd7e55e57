/** Shown when the widget cannot start: the municipality's contact details, so nobody is stranded. */
import type { CompiledKnowledge } from '../../../knowledge/compiler/compiled.ts';
import { formatHours } from '../core/hours.ts';
import type { Strings } from '../i18n/strings.ts';

export function Fallback({ knowledge, t, floating }: { knowledge?: CompiledKnowledge; t: Strings; floating: boolean }) {
  const contact = knowledge?.municipality.borgerservice;
  return (
    <div class={floating ? "panel floating fallback" : "panel fallback"} role="status">
      <p>{t.fallback}</p>
      {contact && (
        <p>
          <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{t.call(contact.name)}: {contact.phone}</a><br />
          {t.phoneHours(formatHours(contact.phoneHours))}
        </p>
      )}
    </div>
  );
}
