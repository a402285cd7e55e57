import { describe, expect, it } from 'vitest';
import { scrubContactDetails, scrubCpr } from '../../widget/src/core/cpr.ts';

describe('CPR scrubbing', () => {
  it('removes a CPR number written with a dash, and the label before it', () => {
    expect(scrubCpr('mit cpr er 010190-1234 og jeg skal flytte')).toEqual({ text: 'mit og jeg skal flytte', removed: true });
  });

  it.each([
    ['01-02-03-1234 jeg skal flytte'], ['01/02/03-1234'], ['010203.1234'], ['010203_1234'], ['01-02-03 1234'],
    ['0102\u200B031234'], ['01\u200D02\u200B03-12\u20603\uFEFF4'],
  ])('removes the CPR number written as %s', (input) => {
    const { text, removed } = scrubCpr(input.replace(/\\u([0-9A-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
    expect(removed).toBe(true);
    expect(text.replace(/[^0-9]/g, '')).toBe('');
  });

  it.each([
    ['cpr 1299561234 nyt pas', 'nyt pas'], ['CPR-nr. 3213001234 pas', 'pas'], ['CPR nummer: 999999-9999 pas', 'pas'],
    ['personnummer 1234567890 flytte', 'flytte'], ['mit cpr-nummer er 4455667788', 'mit'],
  ])('removes a number right after a CPR label even when its date is not valid: %s', (input, expected) => {
    expect(scrubCpr(input)).toEqual({ text: expected, removed: true });
  });

  it('removes ten digits that start with a valid date, with or without a space', () => {
    expect(scrubCpr('2902001234').removed).toBe(true);
    expect(scrubCpr('pas 311299 1234').text).toBe('pas');
  });

  it.each([
    ['010190 - 1234'], ['010190–1234'], ['010190‑1234'], ['01.01.90-1234'], ['01 01 90 1234'],
    ['010190/1234'], ['０１０１９０-１２３４'], ['mit cpr er 010190 - 1234, hvad gør jeg'],
  ])('removes the CPR number written as %s', (input) => {
    const { text, removed } = scrubCpr(input);
    expect(removed).toBe(true);
    expect(text.normalize('NFKC')).not.toMatch(/1234|0101|01\.01/);
  });

  it('keeps ten digits that cannot be a date, phone numbers and years', () => {
    expect(scrubCpr('ordre 9913001234')).toEqual({ text: 'ordre 9913001234', removed: false });
    expect(scrubCpr('ring 12 34 56 78 i 2026')).toEqual({ text: 'ring 12 34 56 78 i 2026', removed: false });
    expect(scrubCpr('3102901234').removed).toBe(false); // 31 February
  });

  it('removes every CPR number in the text, not just the first', () => {
    const { text } = scrubCpr('010190-1234 og 0202021234');
    expect(text).toBe('og');
    expect(text).not.toMatch(/\d{4}/);
  });

  it('leaves text without numbers untouched', () => {
    expect(scrubCpr('  jeg skal flytte ')).toEqual({ text: '  jeg skal flytte ', removed: false });
  });
});

describe('contact details in a query', () => {
  it.each([
    ['skriv til jens.hansen@example.dk om flytning', 'skriv til om flytning'],
    ['ring 12 34 56 78 om pas', 'ring om pas'],
    ['mit nummer er +45 12345678, nyt pas', 'mit nummer er , nyt pas'],
    ['0045 12-34-56-78 sundhedskort', 'sundhedskort'],
  ])('removes e-mail addresses and phone numbers: %s', (input, expected) => {
    expect(scrubContactDetails(input)).toEqual({ text: expected, removed: true });
  });

  it('keeps short numbers, years and house numbers', () => {
    expect(scrubContactDetails('ring 112, flytter 1. maj 2027 til Vestergade 12')).toEqual({ text: 'ring 112, flytter 1. maj 2027 til Vestergade 12', removed: false });
  });
});
