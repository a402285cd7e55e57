/** Emergency numbers as tap-to-call links, 112 first: shown before anything else. */
import type { RouteStep } from '../core/route.ts';
import { useWidget } from './context.ts';

export function EmergencyNumbers({ steps }: { steps: RouteStep[] }) {
  const { t, lang } = useWidget();
  return (
    <div class="emergency" lang={lang}>
      <p><strong>{t.emergencyHeading}</strong></p>
      <ul lang="da">
        {steps.map((step) => (
          <li key={step.phone}>
            <a href={`tel:${step.phone!.replace(/\s/g, '')}`}>{step.phone}</a> – {step.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
