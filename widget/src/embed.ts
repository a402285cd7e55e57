/**
 * The only module that touches the host page (DESIGN §3): it fetches the knowledge, adopts the
 * stylesheet into the widget's shadow root and renders the panel. It never throws into the host
 * page: every failure is reported and the municipality's contact details are shown instead.
 */
import { signal } from '@preact/signals';
import { h, render } from 'preact';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { strings, type Lang } from './i18n/strings.ts';
import { createConversation } from './model/conversation.ts';
import css from './ui/app.css';
import { Widget } from './ui/context.ts';
import { Fallback } from './ui/fallback.tsx';
import { Panel } from './ui/panel.tsx';

/** What the loader hands over. */
export interface MountOptions {
  /** Element inside the shadow root that the widget renders into. */
  root: HTMLElement;
  shadow: ShadowRoot;
  /** The loader's launcher button (floating mode); reused so focus stays on it while loading. */
  launcher?: HTMLButtonElement;
  mode: 'floating' | 'inline';
  lang: string;
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
}

/** Mounts the widget; resolves to a controller for floating mode, or undefined on failure. */
export async function mount(options: MountOptions): Promise<WidgetController | undefined> {
  const { root, shadow, launcher, mode, report } = options;
  const lang: Lang = options.lang === 'en' ? 'en' : 'da';
  const t = strings(lang);
  let knowledge: CompiledKnowledge | undefined;
  try {
    knowledge = await loadKnowledge(options.knowledgeUrl);
    adoptStyles(shadow, knowledge);
    const conversation = createConversation(knowledge);
    const context = { knowledge, t, lang };
    const inputRef: { current: HTMLInputElement | null } = { current: null };
    const now = () => new Date();

    if (mode === 'inline') {
      render(h(Widget.Provider, { value: context }, h(Panel, { conversation, floating: false, now, inputRef })), root);
      return undefined;
    }

    const isOpen = signal(false);
    const close = () => {
      isOpen.value = false;
      launcher?.setAttribute('aria-expanded', 'false');
      launcher?.focus();
    };
    const open = () => {
      isOpen.value = true;
      launcher?.setAttribute('aria-expanded', 'true');
      // After Preact has rendered the panel, move focus into its input.
      queueMicrotask(() => requestAnimationFrame(() => inputRef.current?.focus()));
    };
    const App = () => (isOpen.value ? h(Panel, { conversation, floating: true, now, onClose: close, inputRef }) : null);
    const container = document.createElement('div');
    root.append(container);
    render(h(Widget.Provider, { value: context }, h(App, null)), container);
    return { open, close, toggle: () => (isOpen.value ? close() : open()) };
  } catch (error) {
    report(error);
    try {
      if (!knowledge) adoptStyles(shadow);
      const container = document.createElement('div');
      root.append(container);
      render(h(Fallback, { knowledge, t, floating: mode === 'floating' }), container);
    } catch (fallbackError) {
      report(fallbackError);
    }
    return undefined;
  }
}
