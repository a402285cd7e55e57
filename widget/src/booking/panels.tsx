/**
 * Booking a time and asking to be called back, inside the answer card. Loaded only when a citizen
 * chooses to book, so the widget's first load stays small. Everything typed survives failures; when
 * the booking service fails, Borgerservice's phone number and hours are right there.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatSlot, type BookingForm } from '../core/booking.ts';
import { formatHours } from '../core/hours.ts';
import { createBookingClient } from '../model/booking-client.ts';
import { createBookingFlow, createCallbackFlow, type BookingFlow } from '../model/booking-flow.ts';
import { useWidget } from '../ui/context.ts';
import { DelayedStatus } from '../ui/delayed-status.tsx';
import { PhoneLink } from '../ui/phone-link.tsx';
import { bookingStrings } from './strings.ts';

export { ConfirmationCard } from './confirmation-card.tsx';

/** The booking words in the widget's current language. */
function useBookingStrings() {
  return bookingStrings(useWidget().lang);
}

/** Moves focus to a heading when the step changes, so keyboard and screen-reader users follow. */
function useFocusOnChange(key: unknown) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Layout effect: focus moves in the same frame the old step's control disappears, never via <body>.
  useLayoutEffect(() => ref.current?.focus(), [key]);
  return ref;
}

/** Phone and hours, shown whenever the booking service fails: nobody is stranded. */
function Fallback({ text, onRetry }: { text: string; onRetry?: () => void }) {
  const { t, knowledge, lang } = useWidget();
  const contact = knowledge.municipality.borgerservice;
  return (
    <div class="notice" role="alert">
      <p>{text}</p>
      <p><PhoneLink contact={contact} t={t} /><br />{t.phoneHours(formatHours(contact.phoneHours, lang))}</p>
      {onRetry && <button type="button" class="option" onClick={onRetry}>{bookingStrings(lang).retry}</button>}
    </div>
  );
}

function Slots({ flow }: { flow: BookingFlow }) {
  const { lang } = useWidget();
  const b = bookingStrings(lang);
  // Three days at a time keeps the list short enough to scan; more on request.
  const [shownDays, setShownDays] = useState(3);
  const days = new Map<string, typeof flow.slots.value>();
  for (const slot of flow.slots.value) {
    const { day } = formatSlot(slot.start, lang);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  if (flow.loading.value) return null; // the panel's delayed status speaks if this takes a while
  if (days.size === 0 && !flow.problem.value) return <p role="status">{b.noTimes}</p>;
  return (
    <>
      {[...days].slice(0, shownDays).map(([day, slots]) => (
        <fieldset key={day} class="slot-day">
          <legend>{day}</legend>
          <ul class="options">
            {slots.map((slot) => (
              <li key={slot.start}><button type="button" class="option" onClick={() => flow.choose(slot)}>{formatSlot(slot.start, lang).time}</button></li>
            ))}
          </ul>
        </fieldset>
      ))}
      {days.size > shownDays && <button type="button" class="link-button" onClick={() => setShownDays(shownDays + 3)}>{b.moreDays}</button>}
    </>
  );
}

const fields: { name: keyof BookingForm; type: 'text' | 'tel' | 'email'; autocomplete: string; noCpr?: boolean }[] = [
  { name: 'name', type: 'text', autocomplete: 'name' },
  { name: 'phone', type: 'tel', autocomplete: 'tel' },
  { name: 'email', type: 'email', autocomplete: 'email' },
  { name: 'note', type: 'text', autocomplete: 'off', noCpr: true },
];

function Form({ flow, id }: { flow: BookingFlow; id: string }) {
  const { lang } = useWidget();
  const b = bookingStrings(lang);
  const slot = flow.selected.value!;
  const { day, time } = formatSlot(slot.start, lang);
  const formRef = useRef<HTMLFormElement>(null);
  // A refused form moves focus to the first field in error: a screen reader then reads its label
  // and the message tied to it by aria-describedby (WCAG 3.3.1, 4.1.3; the GOV.UK pattern).
  const submit = async (event: Event) => {
    event.preventDefault();
    await flow.submit();
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
  };
  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      <p>{b.chosen} <strong>{b.at(day, time)}</strong>. <button type="button" class="link-button" onClick={flow.back}>{b.otherTime}</button></p>
      {fields.map((field) => {
        const error = flow.errors.value[field.name];
        const describedBy = [field.noCpr && `${id}-${field.name}-hint`, error && `${id}-${field.name}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div class="field" key={field.name}>
            <label for={`${id}-${field.name}`}>{b.fields[field.name]}</label>
            {field.noCpr && <p id={`${id}-${field.name}-hint`} class="field-hint">{b.noCpr}</p>}
            {error && <p id={`${id}-${field.name}-error`} class="hint">{error}</p>}
            <input id={`${id}-${field.name}`} type={field.type as "text"} autocomplete={field.autocomplete} maxLength={field.name === 'note' ? 300 : 100}
              value={flow.form.value[field.name]} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}
              onInput={(event) => flow.update(field.name, (event.target as HTMLInputElement).value)} />
          </div>
        );
      })}
      <button type="submit" class="send" disabled={flow.step.value === 'sending'}>{flow.step.value === 'sending' ? b.booking : b.book}</button>
    </form>
  );
}

/** Books `service` through the API; `prepare` is what to bring. */
export function BookingPanel({ service, prepare, id }: { service: string; prepare?: string; id: string }) {
  const { knowledge, lang, t } = useWidget();
  const b = useBookingStrings();
  const client = useMemo(() => createBookingClient(knowledge.municipality.booking.api), []);
  const flow = useMemo(() => createBookingFlow(client, service, undefined, undefined, lang), [client, service, lang]);
  useEffect(() => void flow.load(), [flow]);
  const step = flow.step.value;
  const heading = useFocusOnChange(step);
  const { onBooked, onCancelled } = useWidget();
  useEffect(() => {
    const booked = flow.appointment.value;
    if (step === 'done' && booked) onBooked?.(booked);
    if (step === 'cancelled' && booked) onCancelled?.(booked.id);
  }, [step]);
  const appointment = flow.appointment.value;
  return (
    <section class="booking" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {b.headings[step === 'sending' ? 'form' : step]}
      </h4>
      <DelayedStatus waiting={flow.loading.value || step === 'sending'} text={step === 'sending' ? b.booking : b.fetchingTimes} />
      {flow.problem.value === 'taken' && <p class="notice" role="alert">{b.taken}</p>}
      {flow.problem.value === 'limit' && <Fallback text={b.limit} />}
      {flow.problem.value === 'down' && (
        <Fallback text={b.bookingDown}
          onRetry={step === 'slots' ? () => void flow.load() : undefined} />
      )}
      {step === 'slots' && <Slots flow={flow} />}
      {(step === 'form' || step === 'sending') && <Form flow={flow} id={id} />}
      {step === 'done' && appointment && (
        <div role="status">
          <p><strong>{b.at(formatSlot(appointment.start, lang).day, formatSlot(appointment.start, lang).time)}</strong><br /><span lang="da">{appointment.location}</span></p>
          {prepare && <p>{t.prepare} <span lang="da">{prepare}</span></p>}
          <p>{b.code} <strong>{appointment.code}</strong>. {b.codeUse}</p>
          <p><a href={client.icsUrl(appointment)} download="borgerservice.ics">{b.calendar}</a></p>
          <button type="button" class="reset" onClick={() => void flow.cancel()}>{b.cancel}</button>
        </div>
      )}
      {step === 'cancelled' && <p role="status">{b.cancelled}</p>}
    </section>
  );
}

/** A call-back window in English words; the booking service labels windows in Danish. */
function windowLabel(window: { start: string; end: string }): string {
  const from = formatSlot(window.start, 'en');
  return `${from.day}, ${from.time}–${formatSlot(window.end, 'en').time}`;
}

/** Asks Borgerservice to call back about `topic`. */
export function CallbackPanel({ topic, id }: { topic: string; id: string }) {
  const { knowledge, lang, t } = useWidget();
  const b = useBookingStrings();
  const flow = useMemo(() => createCallbackFlow(createBookingClient(knowledge.municipality.booking.api), topic, lang), [topic, lang]);
  useEffect(() => void flow.load(), [flow]);
  const heading = useFocusOnChange(flow.sent.value);
  const submit = (event: Event) => {
    event.preventDefault();
    void flow.submit();
  };
  return (
    <section class="booking" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>{flow.sent.value ? b.callbackSent : b.callbackHeading}</h4>
      <DelayedStatus waiting={flow.sending.value || (!flow.windows.value.length && !flow.problem.value)} text={t.waiting} />
      {flow.problem.value === 'down' && (
        <Fallback text={b.callbackDown}
          onRetry={flow.windows.value.length ? undefined : () => void flow.load()} />
      )}
      {flow.sent.value ? (
        <p role="status">{b.thanks(flow.phone.value)}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend>{b.when}</legend>
            {flow.windows.value.map((window) => (
              <div class="choice" key={window.id}>
                <input type="radio" id={`${id}-${window.id}`} name={`${id}-window`} value={window.id} checked={flow.chosenWindow.value === window.id}
                  onChange={() => { flow.chosenWindow.value = window.id; }} />
                <label for={`${id}-${window.id}`}>{lang === 'en' ? windowLabel(window) : window.label}</label>
              </div>
            ))}
          </fieldset>
          <div class="field">
            <label for={`${id}-phone`}>{b.yourPhone}</label>
            <input id={`${id}-phone`} type="tel" autocomplete="tel" value={flow.phone.value} maxLength={20}
              onInput={(event) => { flow.phone.value = (event.target as HTMLInputElement).value; }} />
          </div>
          <div class="field">
            <label for={`${id}-note`}>{b.about}</label>
            <p id={`${id}-note-hint`} class="field-hint">{b.noCpr}</p>
            <input id={`${id}-note`} type="text" aria-describedby={`${id}-note-hint`} value={flow.note.value} maxLength={300}
              onInput={(event) => { flow.note.value = (event.target as HTMLInputElement).value; }} />
          </div>
          {flow.error.value && <p class="hint" role="alert">{flow.error.value}</p>}
          <button type="submit" class="send" disabled={flow.sending.value}>{flow.sending.value ? b.sending : b.callMe}</button>
        </form>
      )}
    </section>
  );
}
