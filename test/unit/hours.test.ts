import { describe, expect, it } from 'vitest';
import { formatHours, isOpen } from '../../widget/src/core/hours.ts';
import type { HoursLine } from '../../knowledge/compiler/compiled.ts';

const phoneHours: HoursLine[] = [
  { days: ['man', 'tir', 'ons', 'tor'], opens: '09:00', closes: '15:00' },
  { days: ['fre'], opens: '09:30', closes: '13:00' },
];

describe('opening hours', () => {
  it('formats consecutive days as a range and times the Danish way', () => {
    expect(formatHours(phoneHours)).toBe('man–tor 9–15, fre 9.30–13');
    expect(formatHours([{ days: ['man', 'ons'], opens: '10:00', closes: '12:00' }])).toBe('man, ons 10–12');
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
});
