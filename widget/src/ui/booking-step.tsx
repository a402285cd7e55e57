/**
 * A booking or call-back step. With the `api` adapter a button opens the booking right here; the
 * booking code is fetched only then, so citizens who never book never download it. With the `link`
 * adapter it opens the municipality's own booking page. The phone is always offered beside it.
 */
import { useState } from 'preact/hooks';
import type { RouteStep } from '../core/route.ts';
import { useWidget } from './context.ts';
import { DelayedStatus } from './delayed-status.tsx';
import { ExternalLink } from './external-link.tsx';
import { StepLabel } from './step-label.tsx';

type Panels = typeof import('../booking/panels.tsx');

let panelsModule: Promise<Panels> | undefined;

export function BookingStep({ step, primary }: { step: RouteStep; primary: boolean }) {
  const { t, knowledge } = useWidget();
  const [panels, setPanels] = useState<Panels | undefined>();
  const [failed, setFailed] = useState(false);
  const [opening, setOpening] = useState(false);
  const { booking, bookingServices, borgerservice } = knowledge.municipality;
  const service = bookingServices.find((candidate) => candidate.id === step.service);
  const tel = <a href={`tel:${borgerservice.phone.replace(/\s/g, '')}`}>{t.bookByPhone(borgerservice.phone)}</a>;
  const label = <StepLabel step={step} />;
  const callback = step.channel === 'callback';

  if (booking.adapter === 'link' && !callback) {
    return service?.link
      ? <>{label} <ExternalLink class={primary ? 'action' : undefined} href={service.link}>{t.bookOnSite}</ExternalLink> <span class="or">{t.or} {tel}</span></>
      : <>{label} {tel}</>;
  }
  const open = async () => {
    setOpening(true);
    try {
      panelsModule ??= import('../booking/panels.tsx');
      setPanels(await panelsModule);
    } catch {
      panelsModule = undefined;
      setFailed(true);
    } finally {
      setOpening(false);
    }
  };
  const id = `vv-${step.channel}-${step.service}`;
  return (
    <>
      {label}
      {!panels && (
        <p class="book-actions">
          <button type="button" class={primary ? 'send' : 'option'} onClick={open} aria-expanded="false">
            {callback ? t.callMe : t.bookTime}
          </button>{' '}
          {!callback && <span class="or">{t.or} {tel}</span>}
        </p>
      )}
      <DelayedStatus waiting={opening} text={t.waiting} />
      {failed && <p class="notice" role="alert">{t.bookingFailed} {tel}</p>}
      {panels && (callback
        ? <panels.CallbackPanel topic={step.service!} id={id} />
        : <panels.BookingPanel service={step.service!} prepare={step.prepare} id={id} />)}
    </>
  );
}
