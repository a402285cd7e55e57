import { describe, expect, it } from 'vitest';
import { formatHours, isOpen, nextOpening } from '../../widget/src/core/hours.ts';
import type { HoursLine } from '../../knowledge/compiler/compiled.ts';

const phoneHours: HoursLine[] = [
  { days: ['man', 'tir', 'ons', 'tor'], opens: '09:00', closes: '15:00' },
  { days: ['fre'], opens: '09:30', closes: '13:00' },
];

describe('opening hours', () => {
  it('formats consecutive days as a range and times the Danish way', () => {
    expect(formatHours(phoneHours)).toBe('mandag–torsdag kl. 9–15, fredag kl. 9.30–13');
    expect(formatHours([{ days: ['man', 'ons'], opens: '10:00', closes: '12:00' }])).toBe('mandag og onsdag kl. 10–12');
  });

  it('reads the Copenhagen clock in winter and in summer time', () => {
    expect(isOpen(phoneHours, new Date('2026-11-23T08:30:00Z'))).toBe(true); // Monday 09:30 CET
    expect(isOpen(phoneHours, new Date('2026-11-23T07:30:00Z'))).toBe(false); // Monday 08:30 CET
    expect(isOpen(phoneHours, new Date('2026-06-15T12:59:00Z'))).toBe(true); // Monday 14:59 CEST
    expect(isOpen(phoneHours, new Date('2026-06-15T13:00:00Z'))).toBe(false); // Monday 15:00 CEST
  });

  it('is closed at the weekend and after closing time on Friday', () => {
    expect(isOpen(phoneHours, new Date('2026-11-22T10:00:00Z'))).toBe(false); // Sunday
    expect(isOpen(phoneHours, new Date('2026-11-27T12:30:00Z'))).toBe(false); // Friday 13:30 CET
  });

  it('says when it opens next: later today, tomorrow or on a named day', () => {
    expect(nextOpening(phoneHours, new Date('2026-11-23T06:00:00Z'))).toBe('i dag kl. 9'); // Monday 07:00
    expect(nextOpening(phoneHours, new Date('2026-11-23T16:00:00Z'))).toBe('i morgen kl. 9'); // Monday 17:00
    expect(nextOpening(phoneHours, new Date('2026-11-27T13:00:00Z'))).toBe('mandag kl. 9'); // Friday 14:00
    expect(nextOpening([], new Date('2026-11-27T13:00:00Z'))).toBeUndefined();
  });

  it('is closed on a public holiday and open for the hours an exception gives', () => {
    const holidays = [{ date: '2026-12-24', name: 'Juleaftensdag' }, { date: '2026-12-23', name: 'Lillejuleaften', opens: '10:00', closes: '12:00' }];
    expect(isOpen(phoneHours, new Date('2026-12-24T10:00:00Z'), holidays)).toBe(false); // Thursday, normally open
    expect(isOpen(phoneHours, new Date('2026-12-23T10:00:00Z'), holidays)).toBe(true); // 11:00
    expect(isOpen(phoneHours, new Date('2026-12-23T12:00:00Z'), holidays)).toBe(false); // 13:00, closes early
    expect(nextOpening(phoneHours, new Date('2026-12-23T12:00:00Z'), holidays)).toBe('fredag kl. 9.30');
  });
});
