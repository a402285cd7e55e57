/**
 * The staff page (personale.html): asks for the staff token, then lists a day's appointments and the
 * open call-backs from the booking API. The token lives only in this module's memory, never in
 * storage or a cookie, so closing the tab logs out. Everything from the API is inserted as text,
 * never as HTML: names and notes are typed by citizens.
 */

interface StaffAppointment {
  id: string; code: string; serviceName: string; start: string; end: string;
  name: string; phone: string | null; email: string | null; note: string | null;
}

interface StaffCallback {
  id: string; topicLabel: string; windowLabel: string; phone: string; note: string | null;
}

class Unauthorized extends Error {}

let token: string | undefined;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const loginForm = element<HTMLFormElement>('login');
const tokenInput = element<HTMLInputElement>('token');
const staffArea = element<HTMLDivElement>('staff');
const dayForm = element<HTMLFormElement>('day-form');
const dayInput = element<HTMLInputElement>('day');
const appointmentsBody = element<HTMLTableSectionElement>('appointments');
const appointmentsCaption = element<HTMLTableCaptionElement>('appointments-caption');
const callbacksBody = element<HTMLTableSectionElement>('callbacks');
const callbacksHeading = element<HTMLHeadingElement>('callbacks-heading');
const statusLine = element<HTMLParagraphElement>('status');
const errorBox = element<HTMLDivElement>('error');
const errorText = element<HTMLParagraphElement>('error-text');

/** Today on the Copenhagen clock as YYYY-MM-DD, whatever the computer's time zone. */
function todayInCopenhagen(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "2026-11-23T10:00:00+01:00" → "10.00": the API's times already carry the Copenhagen offset. */
const clock = (iso: string): string => iso.slice(11, 16).replace(':', '.');

/** "2026-11-23" → "mandag 23. november 2026". */
function longDate(date: string): string {
  return new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function say(message: string): void {
  errorBox.hidden = true;
  statusLine.textContent = message;
}

function fail(message: string): void {
  statusLine.textContent = '';
  errorText.textContent = message;
  errorBox.hidden = false;
}

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'omit', headers: { ...init.headers, Authorization: `Bearer ${token}` } });
  } catch {
    throw new Error('Bookingtjenesten svarer ikke. Prøv igen om lidt.');
  }
  if (response.status === 401) throw new Unauthorized('Adgangsnøglen passer ikke. Skriv den igen.');
  const body = await response.json().catch(() => undefined) as { message?: string } | undefined;
  if (!response.ok) throw new Error(body?.message ?? `Bookingtjenesten svarede ${response.status}.`);
  return body as T;
}

/** A table cell with text; `title` labels it when the table collapses on narrow screens. */
function cell(text: string, title: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset.title = title;
  td.textContent = text;
  return td;
}

function phoneCell(phone: string | null, title: string): HTMLTableCellElement {
  const td = cell('', title);
  if (phone) {
    const link = document.createElement('a');
    link.href = `tel:+45${phone.replace(/\s/g, '')}`;
    link.textContent = phone;
    td.append(link);
  } else {
    td.textContent = '–';
  }
  return td;
}

function emptyRow(columns: number, text: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  const td = document.createElement('td');
  td.colSpan = columns;
  td.textContent = text;
  row.append(td);
  return row;
}

async function showAppointments(date: string): Promise<number> {
  const appointments = await api<StaffAppointment[]>(`/api/staff/appointments?date=${encodeURIComponent(date)}`);
  appointmentsCaption.textContent = `Bookinger ${longDate(date)}`;
  appointmentsBody.replaceChildren(...(appointments.length
    ? appointments.map((appointment) => {
      const row = document.createElement('tr');
      row.append(
        cell(`${clock(appointment.start)}–${clock(appointment.end)}`, 'Tid'),
        cell(appointment.serviceName, 'Ydelse'),
        cell(appointment.name, 'Navn'),
        phoneCell(appointment.phone, 'Telefon'),
        cell(appointment.email ?? '–', 'E-mail'),
        cell(appointment.note ?? '–', 'Bemærkning'),
        cell(appointment.code, 'Kode'),
      );
      return row;
    })
    : [emptyRow(7, 'Ingen bookinger denne dag.')]));
  return appointments.length;
}

async function markHandled(callback: StaffCallback, row: HTMLTableRowElement): Promise<void> {
  try {
    await api(`/api/staff/callbacks/${encodeURIComponent(callback.id)}/handled`, { method: 'POST' });
    // Keep keyboard focus in the list: on the next row's button, or on the heading when it was the last.
    const next = (row.nextElementSibling ?? row.previousElementSibling)?.querySelector('button');
    row.remove();
    if (!callbacksBody.rows.length) callbacksBody.append(emptyRow(5, 'Ingen borgere venter på at blive ringet op.'));
    (next ?? callbacksHeading).focus();
    say(`Opkaldet til ${callback.phone} er markeret som ringet op.`);
  } catch (error) {
    handle(error);
  }
}

async function showCallbacks(): Promise<number> {
  const callbacks = await api<StaffCallback[]>('/api/staff/callbacks');
  callbacksBody.replaceChildren(...(callbacks.length
    ? callbacks.map((callback) => {
      const row = document.createElement('tr');
      const action = cell('', 'Handling');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-secondary';
      button.textContent = 'Markér som ringet op';
      // The visible text is the same on every row; screen readers also hear whom it is about.
      const context = document.createElement('span');
      context.className = 'sr-only';
      context.textContent = `: ${callback.phone}, ${callback.topicLabel}`;
      button.append(context);
      button.addEventListener('click', () => void markHandled(callback, row));
      action.append(button);
      row.append(
        cell(callback.windowLabel, 'Tidsrum'),
        cell(callback.topicLabel, 'Emne'),
        phoneCell(callback.phone, 'Telefon'),
        cell(callback.note ?? '–', 'Bemærkning'),
        action,
      );
      return row;
    })
    : [emptyRow(5, 'Ingen borgere venter på at blive ringet op.')]));
  return callbacks.length;
}

function handle(error: unknown): void {
  if (error instanceof Unauthorized) {
    logOut();
    fail(error.message);
    tokenInput.focus();
    return;
  }
  fail(error instanceof Error ? error.message : 'Der skete en fejl.');
}

async function showAll(): Promise<void> {
  say('Henter …');
  try {
    const [appointments, callbacks] = await Promise.all([showAppointments(dayInput.value), showCallbacks()]);
    say(`${appointments} ${appointments === 1 ? 'booking' : 'bookinger'} ${longDate(dayInput.value)}. ${callbacks} ${callbacks === 1 ? 'borger venter' : 'borgere venter'} på at blive ringet op.`);
  } catch (error) {
    handle(error);
  }
}

function logOut(): void {
  token = undefined;
  staffArea.hidden = true;
  loginForm.hidden = false;
  appointmentsBody.replaceChildren();
  callbacksBody.replaceChildren();
}

loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const typed = tokenInput.value.trim();
  if (!typed) {
    fail('Skriv adgangsnøglen.');
    tokenInput.focus();
    return;
  }
  token = typed;
  tokenInput.value = ''; // out of the DOM as soon as it is in memory
  loginForm.hidden = true;
  staffArea.hidden = false;
  dayInput.value ||= todayInCopenhagen();
  void showAll();
});

dayForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!dayInput.value) {
    fail('Vælg en dato.');
    dayInput.focus();
    return;
  }
  say('Henter …');
  showAppointments(dayInput.value)
    .then((count) => say(`${count} ${count === 1 ? 'booking' : 'bookinger'} ${longDate(dayInput.value)}.`))
    .catch(handle);
});

element<HTMLButtonElement>('refresh').addEventListener('click', () => {
  say('Henter …');
  showCallbacks()
    .then((count) => say(`${count} ${count === 1 ? 'borger venter' : 'borgere venter'} på at blive ringet op.`))
    .catch(handle);
});

element<HTMLButtonElement>('logout').addEventListener('click', () => {
  logOut();
  say('Du er logget ud.');
  tokenInput.focus();
});
