/**
 * Booking a time and asking to be called back, inside the answer card. Loaded only when a citizen
 * chooses to book, so the widget's first load stays small. Everything typed survives failures; when
 * the booking service fails, Borgerservice's phone number and hours are right there.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatSlot, type BookingForm } from '../core/booking.ts';
import { formatHours } from '../core/hours.ts';
import { createBookingClient } from '../model/booking-client.ts';
import { createBookingFlow, createCallbackFlow, type BookingFlow } from '../model/booking-flow.ts';
import { useWidget } from '../ui/context.ts';
import { PhoneLink } from '../ui/phone-link.tsx';

/** Moves focus to a heading when the step changes, so keyboard and screen-reader users follow. */
function useFocusOnChange(key: unknown) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}

/** Phone and hours, shown whenever the booking service fails: nobody is stranded. */
function Fallback({ text, onRetry }: { text: string; onRetry?: () => void }) {
  const { t, knowledge } = useWidget();
  const contact = knowledge.municipality.borgerservice;
  return (
    <div class="notice" role="alert">
      <p>{text}</p>
      <p><PhoneLink contact={contact} t={t} /><br />{t.phoneHours(formatHours(contact.phoneHours))}</p>
      {onRetry && <button type="button" class="option" onClick={onRetry}>Prøv igen</button>}
    </div>
  );
}

function Slots({ flow }: { flow: BookingFlow }) {
  // Three days at a time keeps the list short enough to scan; more on request.
  const [shownDays, setShownDays] = useState(3);
  const days = new Map<string, typeof flow.slots.value>();
  for (const slot of flow.slots.value) {
    const { day } = formatSlot(slot.start);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  if (flow.loading.value) return <p role="status">Henter ledige tider …</p>;
  if (days.size === 0 && !flow.problem.value) return <p role="status">Der er ingen ledige tider de næste uger. Ring til Borgerservice.</p>;
  return (
    <>
      {[...days].slice(0, shownDays).map(([day, slots]) => (
        <fieldset key={day} class="slot-day">
          <legend>{day}</legend>
          <ul class="options">
            {slots.map((slot) => (
              <li key={slot.start}><button type="button" class="option" onClick={() => flow.choose(slot)}>{formatSlot(slot.start).time}</button></li>
            ))}
          </ul>
        </fieldset>
      ))}
      {days.size > shownDays && <button type="button" class="link-button" onClick={() => setShownDays(shownDays + 3)}>Vis flere dage</button>}
    </>
  );
}

const fields: { name: keyof BookingForm; label: string; type: 'text' | 'tel' | 'email'; autocomplete: string; hint?: string }[] = [
  { name: 'name', label: 'Navn', type: 'text', autocomplete: 'name' },
  { name: 'phone', label: 'Telefon', type: 'tel', autocomplete: 'tel' },
  { name: 'email', label: 'E-mail (hvis du ikke har telefon)', type: 'email', autocomplete: 'email' },
  { name: 'note', label: 'Bemærkning (valgfri)', type: 'text', autocomplete: 'off', hint: 'Skriv ikke dit CPR-nummer.' },
];

function Form({ flow, id }: { flow: BookingFlow; id: string }) {
  const slot = flow.selected.value!;
  const { day, time } = formatSlot(slot.start);
  const submit = (event: Event) => {
    event.preventDefault();
    void flow.submit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>Du har valgt <strong>{day} kl. {time}</strong>. <button type="button" class="link-button" onClick={flow.back}>Vælg en anden tid</button></p>
      {fields.map((field) => {
        const error = flow.errors.value[field.name];
        const describedBy = [field.hint && `${id}-${field.name}-hint`, error && `${id}-${field.name}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div class="field" key={field.name}>
            <label for={`${id}-${field.name}`}>{field.label}</label>
            {field.hint && <p id={`${id}-${field.name}-hint`} class="field-hint">{field.hint}</p>}
            {error && <p id={`${id}-${field.name}-error`} class="hint">{error}</p>}
            <input id={`${id}-${field.name}`} type={field.type as "text"} autocomplete={field.autocomplete} maxLength={field.name === 'note' ? 300 : 100}
              value={flow.form.value[field.name]} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}
              onInput={(event) => flow.update(field.name, (event.target as HTMLInputElement).value)} />
          </div>
        );
      })}
      <button type="submit" class="send" disabled={flow.step.value === 'sending'}>{flow.step.value === 'sending' ? 'Bestiller …' : 'Bestil tiden'}</button>
    </form>
  );
}

/** Books `service` through the API; `prepare` is what to bring. */
export function BookingPanel({ service, prepare, id }: { service: string; prepare?: string; id: string }) {
  const { knowledge } = useWidget();
  const client = useMemo(() => createBookingClient(knowledge.municipality.booking.api), []);
  const flow = useMemo(() => createBookingFlow(client, service), [client, service]);
  useEffect(() => void flow.load(), [flow]);
  const step = flow.step.value;
  const heading = useFocusOnChange(step);
  const appointment = flow.appointment.value;
  return (
    <section class="booking" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {step === 'slots' ? 'Vælg en tid' : step === 'done' ? 'Din tid er bestilt' : step === 'cancelled' ? 'Din tid er aflyst' : 'Dine oplysninger'}
      </h4>
      {flow.problem.value === 'taken' && <p class="notice" role="alert">Tiden blev taget, mens du skrev. Vælg en ny tid – det, du har skrevet, er gemt.</p>}
      {flow.problem.value === 'down' && (
        <Fallback text="Vi kunne ikke bestille tiden lige nu. Det, du har skrevet, er gemt. Prøv igen, eller ring til os."
          onRetry={step === 'slots' ? () => void flow.load() : undefined} />
      )}
      {step === 'slots' && <Slots flow={flow} />}
      {(step === 'form' || step === 'sending') && <Form flow={flow} id={id} />}
      {step === 'done' && appointment && (
        <div role="status">
          <p><strong>{formatSlot(appointment.start).day} kl. {formatSlot(appointment.start).time}</strong><br />{appointment.location}</p>
          {prepare && <p>Før du kommer: {prepare}</p>}
          <p>Din kode: <strong>{appointment.code}</strong>. Brug den, hvis du vil aflyse.</p>
          <p><a href={client.icsUrl(appointment)} download="borgerservice.ics">Gem tiden i din kalender (.ics)</a></p>
          <button type="button" class="reset" onClick={() => void flow.cancel()}>Aflys tiden</button>
        </div>
      )}
      {step === 'cancelled' && <p role="status">Tiden er aflyst. Du kan bestille en ny tid når som helst.</p>}
    </section>
  );
}

/** Asks Borgerservice to call back about `topic`. */
export function CallbackPanel({ topic, id }: { topic: string; id: string }) {
  const { knowledge } = useWidget();
  const flow = useMemo(() => createCallbackFlow(createBookingClient(knowledge.municipality.booking.api), topic), [topic]);
  useEffect(() => void flow.load(), [flow]);
  const heading = useFocusOnChange(flow.sent.value);
  const submit = (event: Event) => {
    event.preventDefault();
    void flow.submit();
  };
  return (
    <section class="booking" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>{flow.sent.value ? 'Vi ringer til dig' : 'Bliv ringet op'}</h4>
      {flow.problem.value === 'down' && (
        <Fallback text="Vi kunne ikke sende din besked lige nu. Det, du har skrevet, er gemt. Prøv igen, eller ring til os."
          onRetry={flow.windows.value.length ? undefined : () => void flow.load()} />
      )}
      {flow.sent.value ? (
        <p role="status">Tak. Borgerservice ringer til {flow.phone.value} i det tidsrum, du valgte.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend>Hvornår må vi ringe?</legend>
            {flow.windows.value.map((window) => (
              <div class="choice" key={window.id}>
                <input type="radio" id={`${id}-${window.id}`} name={`${id}-window`} value={window.id} checked={flow.chosenWindow.value === window.id}
                  onChange={() => { flow.chosenWindow.value = window.id; }} />
                <label for={`${id}-${window.id}`}>{window.label}</label>
              </div>
            ))}
          </fieldset>
          <div class="field">
            <label for={`${id}-phone`}>Dit telefonnummer</label>
            <input id={`${id}-phone`} type="tel" autocomplete="tel" value={flow.phone.value} maxLength={20}
              onInput={(event) => { flow.phone.value = (event.target as HTMLInputElement).value; }} />
          </div>
          <div class="field">
            <label for={`${id}-note`}>Hvad drejer det sig om? (valgfri)</label>
            <p id={`${id}-note-hint`} class="field-hint">Skriv ikke dit CPR-nummer.</p>
            <input id={`${id}-note`} type="text" aria-describedby={`${id}-note-hint`} value={flow.note.value} maxLength={300}
              onInput={(event) => { flow.note.value = (event.target as HTMLInputElement).value; }} />
          </div>
          {flow.error.value && <p class="hint" role="alert">{flow.error.value}</p>}
          <button type="submit" class="send" disabled={flow.sending.value}>{flow.sending.value ? 'Sender …' : 'Ring mig op'}</button>
        </form>
      )}
    </section>
  );
}
