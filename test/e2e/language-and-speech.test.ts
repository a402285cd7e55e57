/** Language and speech end to end: lang attributes, the Dansk/English switch, an English interface free of Danish, and read-aloud only on request. */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { da as bookingDa, en as bookingEn } from '../../widget/src/booking/strings.ts';
import { da as phrasesDa, en as phrasesEn } from '../../widget/src/core/phrases.ts';
import { da as uiDa } from '../../widget/src/i18n/strings.ts';
import { en as uiEn } from '../../widget/src/i18n/english.ts';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { ask, desktop, focused, openWithKeyboard, tabTo } from '../helpers/widget-page.ts';

let site: DemoSite;
let knowledge: CompiledKnowledge;

beforeAll(async () => {
  site = await startDemoSite();
  knowledge = await (await fetch(`${site.origin}/vejviser/knowledge.json`)).json() as CompiledKnowledge;
});

afterAll(() => site?.close());

const shadowRoot = `document.querySelector('vejviser-widget').shadowRoot`;

/** Runs `fn` in the page with the widget's shadow root and JSON arguments; `fn` must not use outer variables. */
function inShadow<T, A extends unknown[]>(page: Page, fn: (shadow: ShadowRoot, ...args: A) => T, ...args: A): Promise<T> {
  return page.evaluate(`(${fn.toString()})(${[shadowRoot, ...args.map((arg) => JSON.stringify(arg))].join(', ')})`) as Promise<T>;
}

/** Waits until `fn` returns something truthy in the widget. */
async function waitShadow<A extends unknown[]>(page: Page, fn: (shadow: ShadowRoot, ...args: A) => unknown, ...args: A): Promise<void> {
  await page.waitForFunction(`!!(${fn.toString()})(${[shadowRoot, ...args.map((arg) => JSON.stringify(arg))].join(', ')})`, { timeout: 10_000 });
}

/** Opens the front page; `setup` runs before anything of the page loads (fakes, served knowledge). */
async function open(setup?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await site.browser.newPage();
  await page.setViewport(desktop);
  await setup?.(page);
  await page.goto(`${site.origin}/`, { waitUntil: 'networkidle0' });
  return page;
}

/** Serves the knowledge with the English translation of `ids` removed, as if editors had not written it yet. */
function withoutEnglish(...ids: string[]) {
  return async (page: Page) => {
    const served = structuredClone(knowledge);
    for (const situation of served.situations) if (ids.includes(situation.id)) delete situation.en;
    const body = JSON.stringify(served);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/vejviser/knowledge.json') void request.respond({ status: 200, contentType: 'application/json; charset=utf-8', body });
      else void request.continue();
    });
  };
}

/** Clicks the language switch and waits for the panel to be in `lang`. */
async function switchTo(page: Page, lang: 'da' | 'en'): Promise<void> {
  await inShadow(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.lang-switch')!.click());
  await waitShadow(page, (shadow, wanted) => shadow.querySelector('.panel')?.getAttribute('lang') === wanted, lang);
}

/** The lang attribute of the root, the panel, each message and the parts of each answer card. */
function languages(shadow: ShadowRoot) {
  const lang = (element: Element | null | undefined) => element?.getAttribute('lang') ?? null;
  return {
    root: lang(shadow.querySelector('.vv')),
    panel: lang(shadow.querySelector('.panel')),
    messages: [...shadow.querySelectorAll('[role="log"] > *')].map((message) => ({ class: message.className, lang: lang(message) })),
    questions: [...shadow.querySelectorAll('.question span')].map((span) => ({ text: span.textContent, lang: lang(span) })),
    cards: [...shadow.querySelectorAll('.card')].map((card) => ({
      card: lang(card),
      title: card.querySelector('h3')?.textContent,
      titleLang: lang(card.querySelector('h3')),
      summaryLang: lang(card.querySelector('h3 ~ p:not(.read-aloud)')),
      bodyLang: lang(card.querySelector('.body')),
      steps: [...card.querySelectorAll('.step > a > span[lang], .step > span[lang]')].map((span) => ({ text: span.textContent, lang: lang(span) })),
    })),
  };
}

describe('language attributes', () => {
  it('marks the root and the panel as Danish by default, every message with a language, the citizen\'s own words as unknown and the editors\' untranslated text as Danish', async () => {
    const page = await open(withoutEnglish('pas'));
    expect(await inShadow(page, (shadow) => shadow.querySelector('.vv')?.getAttribute('lang'))).toBe('da');
    await openWithKeyboard(page);
    await ask(page, 'nyt pas');
    await ask(page, 'kort');
    await ask(page, 'xyzzy plorp');

    const danish = await inShadow(page, languages);
    expect(danish.root).toBe('da');
    expect(danish.panel).toBe('da');
    expect(danish.messages.length).toBeGreaterThanOrEqual(6);
    expect(danish.messages.filter((message) => message.lang !== 'da')).toEqual([]);
    expect(danish.questions).toEqual([{ text: 'nyt pas', lang: '' }, { text: 'kort', lang: '' }, { text: 'xyzzy plorp', lang: '' }]);
    expect(danish.cards).toHaveLength(1);
    expect(danish.cards[0]).toMatchObject({ card: 'da', title: 'Pas', titleLang: 'da', summaryLang: 'da', bodyLang: 'da' });

    // In English the editors' text that has no translation keeps lang="da"; a translated one says "en".
    await switchTo(page, 'en');
    await ask(page, 'moving');
    const english = await inShadow(page, languages);
    expect(english.root).toBe('en');
    expect(english.panel).toBe('en');
    expect(english.messages.filter((message) => message.lang !== 'en')).toEqual([]);
    expect(english.questions.map((question) => question.lang)).toEqual(['', '', '', '']);
    const [pas, moving] = english.cards;
    expect(pas).toMatchObject({ card: 'en', title: 'Pas', titleLang: 'da', summaryLang: 'da', bodyLang: 'da' });
    expect(pas.steps).toContainEqual({ text: 'Læs om pas på borger.dk', lang: 'da' });
    expect(pas.steps).toContainEqual({ text: 'Book a time at Borgerservice: Pas', lang: 'en' });
    expect(moving).toMatchObject({ card: 'en', title: 'Moving', titleLang: 'en', summaryLang: 'en', bodyLang: 'da' });
    await page.close();
  });
});

/** What the language switch and the texts around it say now. */
function switchState(shadow: ShadowRoot) {
  const button = shadow.querySelector('.lang-switch');
  return {
    root: shadow.querySelector('.vv')?.getAttribute('lang'),
    heading: shadow.querySelector('.panel h2')?.textContent,
    launcher: shadow.querySelector('.launcher')?.textContent,
    switchText: button?.textContent,
    switchLang: button?.getAttribute('lang'),
    firstStep: shadow.querySelector('.card .step.first span[lang]')?.textContent,
  };
}

describe('the language switch', () => {
  it('is labelled in its own language, switches the whole interface and the answer shown from the keyboard, and switches back', async () => {
    const page = await open();
    await openWithKeyboard(page);
    await ask(page, 'nyt pas');
    expect(await inShadow(page, switchState)).toEqual({
      root: 'da', heading: 'Hvad skal du?', launcher: 'Hvad skal du? Få hjælp', switchText: 'English', switchLang: 'en', firstStep: 'Bestil tid i Borgerservice: Pas',
    });

    await tabTo(page, /^BUTTON\.reset\.lang-switch:/, { backwards: true });
    await page.keyboard.press('Enter');
    await waitShadow(page, (shadow) => shadow.querySelector('.vv')?.getAttribute('lang') === 'en');
    expect(await inShadow(page, switchState)).toEqual({
      root: 'en', heading: 'What do you need?', launcher: 'What do you need? Get help', switchText: 'Dansk', switchLang: 'da', firstStep: 'Book a time at Borgerservice: Pas',
    });
    // Focus stays on the switch, so switching back is one more Enter.
    expect(await focused(page)).toMatch(/^BUTTON\.reset\.lang-switch:/);

    await page.keyboard.press('Enter');
    await waitShadow(page, (shadow) => shadow.querySelector('.vv')?.getAttribute('lang') === 'da');
    expect(await inShadow(page, switchState)).toEqual({
      root: 'da', heading: 'Hvad skal du?', launcher: 'Hvad skal du? Få hjælp', switchText: 'English', switchLang: 'en', firstStep: 'Bestil tid i Borgerservice: Pas',
    });
    await page.close();
  });

  it('starts in Danish on every page load, whatever was chosen before', async () => {
    const page = await open();
    await openWithKeyboard(page);
    await switchTo(page, 'en');
    await page.reload({ waitUntil: 'networkidle0' });
    expect(await inShadow(page, (shadow) => shadow.querySelector('.vv')?.getAttribute('lang'))).toBe('da');
    await inShadow(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.launcher')!.click());
    await waitShadow(page, (shadow) => shadow.querySelector('.panel h2'));
    expect(await inShadow(page, switchState)).toMatchObject({ root: 'da', heading: 'Hvad skal du?', launcher: 'Hvad skal du? Få hjælp', switchText: 'English', switchLang: 'en' });
    await page.close();
  });
});

/** A placeholder argument, to find the fixed parts of a template function. */
const slot = '\u0000';

/**
 * The Danish interface strings that differ from English, as the fixed text a citizen could see:
 * each string of a `da` table whose English counterpart differs, and each template's fixed parts
 * (called with placeholders) that the English template does not also contain. At least 4 letters.
 */
function danishStrings(da: object, en: object): string[] {
  const found = new Set<string>();
  const walk = (danish: unknown, english: unknown) => {
    if (typeof danish === 'string') {
      if (danish !== english) found.add(danish.trim());
    } else if (typeof danish === 'function') {
      const args = Array.from({ length: Math.max(danish.length, 1) }, () => slot);
      const filled = String((danish as (...a: string[]) => unknown)(...args));
      const englishFilled = typeof english === 'function' ? String((english as (...a: string[]) => unknown)(...args)) : '';
      if (!filled.includes(slot)) return; // not a template (e.g. the clock format)
      for (const part of filled.split(slot)) if (!englishFilled.includes(part)) found.add(part.trim());
    } else if (danish && typeof danish === 'object') {
      for (const [key, value] of Object.entries(danish)) walk(value, (english as Record<string, unknown> | undefined)?.[key]);
    }
  };
  walk(da, en);
  return [...found].filter((text) => text.length >= 4);
}

/** Danish function words that English text never has. */
const danishWords = [' og ', ' til ', 'kl. ', 'Ring til', 'Bestil'];

/** Every text in the widget that claims to be English (its nearest [lang] is neither "da" nor ""), with where it is. */
function englishClaims(shadow: ShadowRoot): { text: string; where: string }[] {
  const describe = (element: Element) => {
    const name = (el: Element) => `${el.tagName}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    return element.parentElement ? `${name(element)} in ${name(element.parentElement)}` : name(element);
  };
  const claimsEnglish = (element: Element) => {
    const lang = element.closest('[lang]')?.getAttribute('lang');
    return lang !== 'da' && lang !== '';
  };
  const claims: { text: string; where: string }[] = [];
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && node.textContent!.trim() && claimsEnglish(parent)) claims.push({ text: node.textContent!, where: describe(parent) });
  }
  // What screen readers say instead of text: labels and placeholders.
  for (const element of shadow.querySelectorAll('[aria-label], [placeholder]')) {
    if (!claimsEnglish(element)) continue;
    for (const attribute of ['aria-label', 'placeholder']) {
      const value = element.getAttribute(attribute);
      if (value) claims.push({ text: value, where: `${describe(element)} [${attribute}]` });
    }
  }
  return claims;
}

describe('the English interface', () => {
  it('has no Danish interface text outside what is marked as Danish, from the empty panel to booking and call-back', async () => {
    const danish = [
      ...danishStrings(uiDa, uiEn), ...danishStrings(bookingDa, bookingEn), ...danishStrings(phrasesDa, phrasesEn), ...danishWords,
    ].filter((text) => !['English', 'Read the help in English'].includes(text)); // the switch is labelled in the other language on purpose
    expect(danish).toContain('Hvorfor foreslår vi det?');
    expect(danish).toContain('Vælg en tid');
    expect(danish).toContain('Ring og bestil tid:');
    const { municipality } = knowledge;
    const properNames = [municipality.borgerservice.address, municipality.borgerservice.name, municipality.name, 'Borgerservice', 'MitID', 'Digital Post', 'borger.dk'];

    const page = await open();
    await openWithKeyboard(page);
    await switchTo(page, 'en');
    const seen: { text: string; where: string; state: string }[] = [];
    const collect = async (state: string) => {
      for (const claim of await inShadow(page, englishClaims)) seen.push({ ...claim, state });
    };

    await waitShadow(page, (shadow) => shadow.querySelector('.chip'));
    await collect('empty panel');
    await ask(page, 'nyt pas');
    await inShadow(page, (shadow) => shadow.querySelector<HTMLElement>('.card .why summary')!.click());
    await waitShadow(page, (shadow) => shadow.querySelector('.card .why[open]'));
    await collect('answer with the reason open');
    await ask(page, 'kort');
    await waitShadow(page, (shadow) => shadow.querySelector('[role="log"] > :last-child .options'));
    await collect('clarify');
    await ask(page, 'xyzzy plorp');
    await collect('none');
    await ask(page, 'pension');
    await waitShadow(page, (shadow) => shadow.querySelector('[role="log"] > :last-child .profile'));
    await collect('profile question');

    // Booking a passport: the times, then the form.
    await inShadow(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.card .book-actions button')].find((button) => button.textContent === 'Book a time')!.click());
    await waitShadow(page, (shadow) => shadow.querySelector('.booking .slot-day button'));
    await collect('booking times');
    await inShadow(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.booking .slot-day button')!.click());
    await waitShadow(page, (shadow) => shadow.querySelector('.booking form input'));
    await collect('booking form');

    // A call back about pension.
    await inShadow(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.card .book-actions button')].find((button) => button.textContent === 'Get a call back')!.click());
    await waitShadow(page, (shadow) => shadow.querySelector('.booking input[type="radio"]'));
    await collect('call-back form');

    // The citizen wants help: every answer is re-routed with English help steps.
    await inShadow(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.profile button')].find((button) => button.textContent === 'Yes, but I would like help')!.click());
    await waitShadow(page, (shadow) => shadow.querySelector('.profile-bar'));
    await collect('after the profile answer');

    const states = new Set(seen.map((claim) => claim.state));
    expect(states.size).toBe(9);
    const leaks = seen.flatMap(({ text, where, state }) => {
      const withoutNames = properNames.reduce((rest, name) => rest.split(name).join(' '), text);
      return danish.filter((word) => withoutNames.includes(word)).map((word) => `"${word}" in "${text.trim()}" (${where}; ${state})`);
    });
    expect([...new Set(leaks)]).toEqual([]);
    await page.close();
  });
});

/** A voice like the ones a device offers. */
interface FakeVoice { lang: string; name: string; voiceURI: string; default: boolean; localService: boolean }
const danishVoice: FakeVoice = { lang: 'da-DK', name: 'Mock Dansk', voiceURI: 'mock', default: true, localService: true };

/** What the fake speech recorded: a spoken text with its language and voice, or "cancel". */
type Spoken = { text: string; lang: string; voice: string | null } | 'cancel';

/**
 * Installs a fake Web Speech API before the page's own scripts run: headless Chromium has no
 * voices, and its real SpeechSynthesisUtterance refuses a voice it did not make.
 */
function fakeSpeech(voices: FakeVoice[]) {
  return (page: Page) => page.evaluateOnNewDocument((initial: FakeVoice[]) => {
    const spoken: unknown[] = [];
    const offered = [...initial];
    class FakeUtterance {
      text: string;
      lang = '';
      voice: unknown = null;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(text = '') {
        this.text = text;
      }
    }
    class FakeSynthesis extends EventTarget {
      speaking = false;
      pending = false;
      paused = false;
      current: FakeUtterance | null = null;
      getVoices() {
        return [...offered];
      }
      speak(utterance: FakeUtterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: (utterance.voice as { name?: string } | null)?.name ?? null });
        this.current = utterance;
        this.speaking = true;
      }
      cancel() {
        spoken.push('cancel');
        const utterance = this.current;
        this.current = null;
        this.speaking = false;
        utterance?.onend?.(new Event('end'));
      }
      pause() {}
      resume() {}
    }
    const synthesis = new FakeSynthesis();
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synthesis });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
    Object.assign(window, { __spoken: spoken, __voices: offered });
  }, voices).then(() => undefined);
}

/** Lets Preact run the effects of its last render, which it runs after the next frame. */
async function afterEffects(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);

/** Each answer card's title and whether it offers read-aloud, and any read-aloud button outside a card. */
function readAloudButtons(shadow: ShadowRoot) {
  return {
    cards: [...shadow.querySelectorAll('.card')].map((card) => ({
      title: card.querySelector('h3')?.textContent,
      button: card.querySelector('.read-aloud button')?.textContent ?? null,
    })),
    anywhere: [...shadow.querySelectorAll('button')].filter((button) => /^(Læs op|Stop oplæsning|Read aloud|Stop reading)$/.test(button.textContent ?? '')).length,
  };
}

describe('read aloud', () => {
  it('offers no "Læs op" when the device has no voice', async () => {
    const page = await open(fakeSpeech([]));
    await openWithKeyboard(page);
    await ask(page, 'nyt pas');
    await ask(page, 'jeg skal flytte');
    expect(await inShadow(page, readAloudButtons)).toEqual({ cards: [{ title: 'Pas', button: null }, { title: 'Flytning', button: null }], anywhere: 0 });
    expect(await spoken(page)).toEqual([]);
    await page.close();
  });

  it('offers "Læs op" on each answer with a Danish voice, never speaks on its own, reads title and summary in Danish on Enter and stops on Enter', async () => {
    const page = await open(fakeSpeech([danishVoice]));
    await openWithKeyboard(page);
    await ask(page, 'jeg skal flytte');
    await ask(page, 'kort');
    await ask(page, 'nyt pas');
    expect(await inShadow(page, readAloudButtons)).toEqual({ cards: [{ title: 'Flytning', button: 'Læs op' }, { title: 'Pas', button: 'Læs op' }], anywhere: 2 });
    expect(await spoken(page)).toEqual([]);

    // Backwards from the input, the newest answer's button comes first.
    await tabTo(page, /^BUTTON\.link-button: Læs op$/, { backwards: true });
    await page.keyboard.press('Enter');
    await waitShadow(page, (shadow) => [...shadow.querySelectorAll('.card')].at(-1)?.querySelector('.read-aloud button')?.textContent === 'Stop oplæsning');
    const pas = knowledge.situations.find((situation) => situation.id === 'pas')!;
    const said = (await spoken(page)).filter((entry) => entry !== 'cancel');
    expect(said).toHaveLength(1);
    expect(said[0].text).toContain(pas.title);
    expect(said[0].text).toContain(pas.summary);
    expect(said[0].lang).toMatch(/^da/);
    expect(said[0].voice).toBe('Mock Dansk');
    expect(await inShadow(page, readAloudButtons)).toEqual({ cards: [{ title: 'Flytning', button: 'Læs op' }, { title: 'Pas', button: 'Stop oplæsning' }], anywhere: 2 });

    const cancelsBefore = (await spoken(page)).filter((entry) => entry === 'cancel').length;
    expect(await focused(page)).toBe('BUTTON.link-button: Stop oplæsning');
    await page.keyboard.press('Enter');
    await waitShadow(page, (shadow) => [...shadow.querySelectorAll('.card')].at(-1)?.querySelector('.read-aloud button')?.textContent === 'Læs op');
    const after = await spoken(page);
    expect(after.filter((entry) => entry === 'cancel').length).toBeGreaterThan(cancelsBefore);
    expect(after.filter((entry) => entry !== 'cancel')).toHaveLength(1);
    await page.close();
  });

  it('lets a second answer\'s "Læs op" take over from the first, which returns to "Læs op"', async () => {
    const page = await open(fakeSpeech([danishVoice]));
    await openWithKeyboard(page);
    await ask(page, 'jeg skal flytte');
    await ask(page, 'nyt pas');
    await inShadow(page, (shadow) => shadow.querySelectorAll<HTMLButtonElement>('.card .read-aloud button')[0].click());
    await waitShadow(page, (shadow) => shadow.querySelectorAll('.card .read-aloud button')[0].textContent === 'Stop oplæsning');
    await inShadow(page, (shadow) => shadow.querySelectorAll<HTMLButtonElement>('.card .read-aloud button')[1].click());
    await waitShadow(page, (shadow) => shadow.querySelectorAll('.card .read-aloud button')[1].textContent === 'Stop oplæsning');
    await afterEffects(page);
    expect(await inShadow(page, readAloudButtons)).toEqual({ cards: [{ title: 'Flytning', button: 'Læs op' }, { title: 'Pas', button: 'Stop oplæsning' }], anywhere: 2 });
    const said = (await spoken(page)).filter((entry) => entry !== 'cancel');
    expect(said.map((entry) => entry.text.split('.')[0])).toEqual(['Flytning', 'Pas']);
    expect((await spoken(page)).at(-1)).not.toBe('cancel');
    await page.close();
  });

  it('shows "Læs op" when a Danish voice arrives after the answer', async () => {
    const page = await open(fakeSpeech([]));
    await openWithKeyboard(page);
    await ask(page, 'nyt pas');
    expect((await inShadow(page, readAloudButtons)).anywhere).toBe(0);
    await page.evaluate((voice) => {
      (window as unknown as { __voices: unknown[] }).__voices.push(voice);
      speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    }, danishVoice);
    await waitShadow(page, (shadow) => shadow.querySelector('.card .read-aloud button'));
    expect(await inShadow(page, readAloudButtons)).toEqual({ cards: [{ title: 'Pas', button: 'Læs op' }], anywhere: 1 });
    expect(await spoken(page)).toEqual([]);
    await page.close();
  });

  it('in English with only a Danish voice, reads an untranslated answer in Danish and offers nothing for a translated one', async () => {
    const page = await open(async (p) => {
      await fakeSpeech([danishVoice])(p);
      await withoutEnglish('pas')(p);
    });
    await openWithKeyboard(page);
    await switchTo(page, 'en');
    await ask(page, 'nyt pas');
    await ask(page, 'moving');
    expect(await inShadow(page, readAloudButtons)).toEqual({ cards: [{ title: 'Pas', button: 'Read aloud' }, { title: 'Moving', button: null }], anywhere: 1 });

    await tabTo(page, /^BUTTON\.link-button: Read aloud$/, { backwards: true });
    await page.keyboard.press('Enter');
    await waitShadow(page, (shadow) => shadow.querySelector('.card .read-aloud button')?.textContent === 'Stop reading');
    const pas = knowledge.situations.find((situation) => situation.id === 'pas')!;
    const said = (await spoken(page)).filter((entry) => entry !== 'cancel');
    expect(said).toHaveLength(1);
    expect(said[0].lang).toMatch(/^da/);
    expect(said[0].text).toContain(pas.summary);
    // A Danish voice is given Danish only: not the English step labels around the Danish answer.
    expect(said[0].text).not.toMatch(/Book a time|What to do/);
    await page.close();
  });
});

describe('answer text', () => {
  it('stays real text that can be selected and copied', async () => {
    const page = await open();
    await openWithKeyboard(page);
    await ask(page, 'nyt pas');
    const selected = await inShadow(page, (shadow) => {
      const summary = shadow.querySelector('.card h3 ~ p:not(.read-aloud)')!;
      const range = document.createRange();
      range.selectNodeContents(summary);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selected).toBe(knowledge.situations.find((situation) => situation.id === 'pas')!.summary);
    await page.close();
  });
});
