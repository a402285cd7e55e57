/**
 * The only module that touches the host page: it fetches the knowledge, adopts the
 * stylesheet into the widget's shadow root and renders the panel. It never throws into the host
 * page: every failure is reported and the municipality's contact details are shown instead.
 */
import { effect, signal } from '@preact/signals';
import { h, render, type ComponentChild } from 'preact';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { parseDeepLink } from './core/deep-link.ts';
import { buildIndex } from './core/search.ts';
import { loadEnglish, strings, type Lang } from './i18n/strings.ts';
import { keepInSession } from './model/continuity.ts';
import { createConversation, type Conversation } from './model/conversation.ts';
import css from './ui/app.css';
import { Widget } from './ui/context.ts';
import { Fallback } from './ui/fallback.tsx';
import { makeHostInert } from './host-inert.ts';
import { hidePageWhenPrinting } from './print-host.ts';
import { Panel } from './ui/panel.tsx';

/** What the loader hands over. */
export interface MountOptions {
  /** Element inside the shadow root that the widget renders into. */
  root: HTMLElement;
  shadow: ShadowRoot;
  /** The loader's launcher button (floating mode); reused so focus stays on it while loading. */
  launcher?: HTMLButtonElement;
  mode: 'floating' | 'inline' | 'counter';
  lang: string;
  /** Counter mode: seconds without activity before it starts over (`reset-after`). */
  resetAfterSeconds?: number;
  /** Counter mode: the page a phone opens for a hand-off link (`handoff-page`); default the site's root. */
  handoffPage?: string;
  knowledgeUrl: string;
  /** Reports an error to the console, the `onError` hook and a `vejviser-error` event. */
  report: (error: unknown) => void;
}

/** Opens and closes a mounted floating widget. */
export interface WidgetController { open(): void; close(): void; toggle(): void }

/** Thrown when the knowledge file is missing or not compiled knowledge. */
export class KnowledgeLoadError extends Error {
  override name = 'KnowledgeLoadError';
}

/** Loads and sanity-checks compiled knowledge; the compiler has validated it in depth already. */
async function loadKnowledge(url: string): Promise<CompiledKnowledge> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new KnowledgeLoadError(`knowledge could not be loaded from ${url}: HTTP ${response.status}`);
  const data = await response.json() as CompiledKnowledge;
  if (data?.version !== 1 || !Array.isArray(data.situations) || !data.municipality?.borgerservice) {
    throw new KnowledgeLoadError(`${url} is not compiled Vejviser knowledge (run npm run build)`);
  }
  return data;
}

function adoptStyles(shadow: ShadowRoot, knowledge?: CompiledKnowledge): void {
  const sheet = new CSSStyleSheet();
  // The theme colour is validated as #rrggbb by the compiler, so it cannot inject CSS.
  const theme = knowledge && /^#[0-9a-f]{6}$/i.test(knowledge.municipality.theme.primary)
    ? `.vv{--vv-theme:${knowledge.municipality.theme.primary}}` : '';
  sheet.replaceSync(css + theme);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  adoptPrintStyles(shadow);
}

/**
 * The rules for paper arrive just after the panel is up, when the browser is idle (or at once when
 * the citizen prints first): nobody prints in the first moment, and they are a tenth of what the
 * widget would otherwise load before it can answer. Adopted after the screen rules, so they win.
 */
function adoptPrintStyles(shadow: ShadowRoot): void {
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    import('./ui/print.css').then(({ default: printCss }) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(printCss);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    }, () => { started = false; });
  };
  addEventListener('beforeprint', load, { once: true });
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 200);
}

/** The tab's storage for continuity, if the browser lets us have it. */
function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The deep link last acted on in this page, so several widgets act on it once. */
let appliedHash = '';

/**
 * Shows the answer a deep link (#vejviser=pas&profil=exempt) asks for, once per link. A restored
 * conversation already ending with that answer only takes the profile, so a reload adds nothing.
 */
function applyDeepLink(conversation: Conversation): void {
  const link = parseDeepLink(location.hash);
  if (!link || location.hash === appliedHash) return;
  appliedHash = location.hash;
  const last = conversation.messages.value[conversation.messages.value.length - 1];
  if (last?.kind === 'answer' && last.situation.id === link.situation) {
    if (link.profile) conversation.setProfile(link.profile);
  } else {
    conversation.show(link.situation, link.profile);
  }
}

/**
 * One conversation per page and knowledge file, shared by every floating and inline widget on it
 * (they render the same signals, so they never disagree). It follows the citizen to other pages of
 * the site in the same tab, and answers deep links.
 */
const sharedConversations = new Map<string, Promise<{ knowledge: CompiledKnowledge; conversation: Conversation }>>();

function sharedConversation(url: string, lang: Lang) {
  let entry = sharedConversations.get(url);
  if (!entry) {
    entry = loadKnowledge(url).then((knowledge) => {
      const conversation = createConversation(knowledge, { lang });
      keepInSession(conversation, knowledge, sessionStore());
      applyDeepLink(conversation);
      addEventListener('hashchange', () => applyDeepLink(conversation));
      return { knowledge, conversation };
    });
    entry.catch(() => sharedConversations.delete(url));
    sharedConversations.set(url, entry);
  }
  return entry;
}

/** Below this width the floating panel covers the screen and is modal (em follows the text size). */
const narrowScreen = '(max-width: 37.5em)';

/** Mounts the widget; resolves to a controller in floating mode. Never rejects. */
export async function mount(options: MountOptions): Promise<WidgetController | undefined> {
  const { root, shadow, launcher, mode, report } = options;
  const floating = mode === 'floating';
  const language = signal<Lang>(options.lang === 'en' ? 'en' : 'da');
  // An English page gets its strings while the knowledge loads, so the panel opens in English.
  if (language.value === 'en') void loadEnglish();
  const inputRef: { current: HTMLInputElement | null } = { current: null };
  const isOpen = signal(!floating);
  const narrow = matchMedia(narrowScreen);
  const modal = signal(floating && narrow.matches);
  let releaseHost: (() => void) | undefined;
  let releasePrint: (() => void) | undefined;
  // The host page is inert exactly while a modal panel is open; re-checked when either changes.
  const syncHost = () => {
    const shouldBeInert = isOpen.value && modal.value;
    if (shouldBeInert && !releaseHost) releaseHost = makeHostInert(shadow.host);
    if (!shouldBeInert && releaseHost) {
      releaseHost();
      releaseHost = undefined;
    }
  };
  narrow.addEventListener('change', () => {
    modal.value = floating && narrow.matches;
    syncHost();
  });
  // Escape on the host page also closes the non-modal panel, so it never hides what has focus there
  // (WCAG 2.4.11); focus stays where the citizen is.
  const onHostKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && !event.composedPath().includes(shadow.host)) hide();
  };
  const hide = () => {
    isOpen.value = false;
    launcher?.setAttribute('aria-expanded', 'false');
    document.removeEventListener('keydown', onHostKey);
    syncHost();
    releasePrint?.();
    releasePrint = undefined;
  };
  const close = () => {
    hide();
    launcher?.focus();
  };
  const open = () => {
    isOpen.value = true;
    launcher?.setAttribute('aria-expanded', 'true');
    document.addEventListener('keydown', onHostKey);
    syncHost();
    releasePrint ??= hidePageWhenPrinting(shadow.host);
    // After Preact has rendered the panel, move focus into its input.
    requestAnimationFrame(() => inputRef.current?.focus());
  };
  const onClose = floating ? close : undefined;
  launcher?.setAttribute('aria-controls', 'vv-panel');
  // The widget's language follows the switch: its root, the launcher and every string.
  const applyLanguage = (lang: Lang) => {
    root.lang = lang;
    if (launcher) launcher.textContent = strings(lang).launcher;
  };

  let knowledge: CompiledKnowledge | undefined;
  let content: () => ComponentChild;
  try {
    const now = () => new Date();
    if (mode === 'counter') {
      // The counter keeps nothing between citizens, so it never shares or stores a conversation.
      knowledge = await loadKnowledge(options.knowledgeUrl);
      const loaded = knowledge;
      const index = buildIndex(loaded.situations);
      const resetAfterMs = options.resetAfterSeconds ? options.resetAfterSeconds * 1000 : undefined;
      const handoffPage = options.handoffPage ?? new URL('/', location.href).href;
      // Only the counter screen needs the counter's code: floating and inline widgets never load it.
      const { CounterApp } = await import('./ui/counter-panel.tsx');
      if (language.value === 'en') await loadEnglish();
      content = () => h(CounterApp, { knowledge: loaded, index, lang: language.value, resetAfterMs, handoffPage, now });
    } else {
      const { knowledge: loaded, conversation } = await sharedConversation(options.knowledgeUrl, language.value);
      knowledge = loaded;
      // An English page, or an English conversation brought back, opens in English, not Danish first.
      if (conversation.language.value === 'en') await loadEnglish();
      effect(() => applyLanguage(conversation.language.value));
      const context = {
        knowledge: loaded,
        onBooked: conversation.recordBooking,
        onCancelled: conversation.forgetBooking,
      };
      content = () => {
        const lang = conversation.language.value;
        return h(Widget.Provider, { value: { ...context, t: strings(lang), lang } },
          h(Panel, { conversation, floating, modal: modal.value, now, onClose, inputRef }));
      };
    }
  } catch (error) {
    report(error);
    // Whatever failed, the citizen still gets the municipality's contact details when we have them.
    const known = knowledge;
    content = () => h(Fallback, { knowledge: known, t: strings(language.value), floating, onClose });
  }

  try {
    adoptStyles(shadow, knowledge);
    const container = document.createElement('div');
    root.append(container);
    const App = () => (isOpen.value ? content() : null);
    render(h(App, null), container);
  } catch (error) {
    report(error);
    return undefined;
  }
  return floating ? { open, close, toggle: () => (isOpen.value ? close() : open()) } : undefined;
}
