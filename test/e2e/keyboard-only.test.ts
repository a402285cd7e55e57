/**
 * Every flow with the keyboard alone (WCAG 2.1.1): Tab, Shift+Tab, Enter, Space and
 * typing, never a click or a script focus. Ask → answer → profile → route and its explanation →
 * booking with a validation error → confirmation, and a call-back.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { focused, inWidget, openPage, openWithKeyboard, tabTo, typeAndSend, waitInWidget } from '../helpers/widget-page.ts';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(() => site?.close());

/** Waits for the newest answer card to have `title`. */
async function answerTitled(page: Page, title: string) {
  await page.waitForFunction((wanted) => {
    const cards = document.querySelector('vejviser-widget')!.shadowRoot!.querySelectorAll('.card h3');
    return cards[cards.length - 1]?.textContent === wanted;
  }, { timeout: 10_000 }, title);
}

describe('with the keyboard alone', () => {
  it('asks, answers the profile question, reads why, books a time through a validation error, and gets a confirmation', async () => {
    const page = await openPage(site, '/');
    await openWithKeyboard(page);
    await typeAndSend(page, 'jeg skal flytte');
    await answerTitled(page, 'Flytning');
    expect(await focused(page)).toMatch(/^INPUT\[text\]/); // the answer arrived; focus stayed

    // The profile question is in the answer, above the input: Shift+Tab back to it.
    await tabTo(page, /^BUTTON\.option: Nej, det kan jeg ikke/, { backwards: true });
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => shadow.querySelector('.profile-bar'));
    expect(await focused(page)).toMatch(/^P\.route-heading: Sådan gør du/);
    const firstStep = await inWidget(page, (shadow) => shadow.querySelector('.card ol.steps li')!.textContent);
    expect(firstStep).not.toMatch(/borger\.dk/); // exempt: not the self-service first

    await tabTo(page, /^SUMMARY: Hvorfor foreslår vi det\?/);
    await page.keyboard.press('Enter');
    expect(await inWidget(page, (shadow) => shadow.querySelector<HTMLDetailsElement>('.card details.why')!.open)).toBe(true);

    // A passport needs a visit: book it.
    await tabTo(page, /^INPUT\[text\]: Skriv, hvad du har brug for/);
    await typeAndSend(page, 'nyt pas');
    await answerTitled(page, 'Pas');
    await tabTo(page, /^BUTTON.*: Bestil tid$/, { backwards: true });
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking .slot-day button'));
    expect(await focused(page)).toMatch(/^H4: Vælg en tid/);
    await tabTo(page, /^BUTTON\.option: \d{2}\.\d{2}$/);
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking form input'));
    expect(await focused(page)).toMatch(/^H4: Dine oplysninger/);

    await tabTo(page, /^INPUT\[text\]: Navn/);
    await page.keyboard.type('Karen Hansen');
    await page.keyboard.press('Enter'); // no phone or e-mail yet: the form says what to write
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking input[aria-invalid="true"]'));
    const error = await inWidget(page, (shadow) => shadow.querySelector('.booking .hint')!.textContent);
    expect(error).toMatch(/telefonnummer eller en e-mailadresse/);
    expect(await inWidget(page, (shadow) => shadow.querySelector<HTMLInputElement>('.booking input[autocomplete="name"]')!.value)).toBe('Karen Hansen');
    // Focus goes to the field in error, which names its message (read with the label).
    await waitInWidget(page, (shadow) => shadow.activeElement?.getAttribute('type') === 'tel');
    const described = await inWidget(page, (shadow) => {
      const input = shadow.activeElement!;
      return input.getAttribute('aria-describedby')!.split(' ').map((id) => shadow.getElementById(id)!.textContent).join(' ');
    });
    expect(described).toMatch(/telefonnummer eller en e-mailadresse/);

    await page.keyboard.type('12 34 56 78');
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking div[role="status"] strong'));
    expect(await focused(page)).toMatch(/^H4: Din tid er bestilt/);
    expect(await inWidget(page, (shadow) => shadow.querySelector('.booking div[role="status"]')!.textContent)).toMatch(/Din kode: \S+\./);
    await page.close();
  });

  it('asks for a call-back about pension', async () => {
    const page = await openPage(site, '/');
    await openWithKeyboard(page);
    await typeAndSend(page, 'pension');
    await waitInWidget(page, (shadow) => [...shadow.querySelectorAll('.card ol.steps button')].some((b) => b.textContent === 'Bliv ringet op'));
    await tabTo(page, /^BUTTON.*: Bliv ringet op$/, { backwards: true });
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking input[type="radio"]'));
    await tabTo(page, /^INPUT\[radio\]/);
    await page.keyboard.press('Space');
    expect(await inWidget(page, (shadow) => shadow.querySelector<HTMLInputElement>('.booking input[type="radio"]:checked') !== null)).toBe(true);
    await tabTo(page, /^INPUT\[tel\]: Dit telefonnummer/);
    await page.keyboard.type('87 65 43 21');
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => /Vi ringer til dig/.test(shadow.querySelector('.booking h4')?.textContent ?? ''));
    expect(await focused(page)).toMatch(/^H4: Vi ringer til dig/);
    expect(await inWidget(page, (shadow) => shadow.querySelector('.booking [role="status"]:not(:empty)')!.textContent)).toContain('87 65 43 21');
    await page.close();
  });

  it('answers a topic chip and a "Mente du …?" option with Enter, then closes with Escape', async () => {
    const page = await openPage(site, '/');
    await openWithKeyboard(page);
    await tabTo(page, /^BUTTON\.chip/, { backwards: true });
    const chip = (await focused(page)).replace(/^BUTTON\.chip: /, '');
    await page.keyboard.press('Enter');
    await answerTitled(page, chip);
    expect(await focused(page)).toMatch(/^INPUT\[text\]/);
    await typeAndSend(page, 'kort');
    await waitInWidget(page, (shadow) => shadow.querySelector('[role="log"] > :last-child .bubble .option'));
    await tabTo(page, /^BUTTON\.option/, { backwards: true });
    const option = (await focused(page)).replace(/^BUTTON\.option: /, '');
    await page.keyboard.press('Enter');
    await answerTitled(page, option);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/^BUTTON\.launcher/);
    await page.close();
  });
});
