/**
 * Dansk / English: one button named in the language it switches to ("English" for a Danish page,
 * "Dansk" for an English one), so a citizen who cannot read the current language still finds it.
 */
import type { Lang } from '../i18n/strings.ts';
import { useWidget } from './context.ts';

export function LanguageSwitch({ onSwitch }: { onSwitch: (lang: Lang) => void }) {
  const { t } = useWidget();
  const { code, name, label } = t.otherLanguage;
  return (
    <button type="button" class="reset lang-switch" lang={code} aria-label={label} onClick={() => onSwitch(code)}>
      {name}
    </button>
  );
}
