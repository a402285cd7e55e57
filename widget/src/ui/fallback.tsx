/** Shown when the widget cannot start: the municipality's contact details, so nobody is stranded. */
import type { CompiledKnowledge } from '../../../knowledge/compiler/compiled.ts';
import { formatHours } from '../core/hours.ts';
import type { Strings } from '../i18n/strings.ts';
import { PhoneLink } from './phone-link.tsx';

export interface FallbackProps {
  knowledge?: CompiledKnowledge;
  t: Strings;
  floating: boolean;
  onClose?: () => void;
}

export function Fallback({ knowledge, t, floating, onClose }: FallbackProps) {
  const contact = knowledge?.municipality.borgerservice;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) onClose();
  };
  return (
    <div class={floating ? 'panel floating fallback' : 'panel fallback'} role="status" onKeyDown={onKeyDown}>
      {onClose && <button type="button" class="close" onClick={onClose} aria-label={t.close}>×</button>}
      <p>{t.fallback}</p>
      {contact && (
        <p>
          <PhoneLink contact={contact} t={t} /><br />
          {t.phoneHours(formatHours(contact.phoneHours, t.lang))}
        </p>
      )}
    </div>
  );
}
