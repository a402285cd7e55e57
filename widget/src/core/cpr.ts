/**
 * Removes CPR numbers from free text before anything else sees it (DESIGN §5): nothing with a CPR
 * number is stored, logged, sent or echoed. A CPR number is ddmmyy-xxxx; written without the dash
 * (10 digits, or 6 + space + 4) it is only removed when the first six digits form a valid date, so
 * other long numbers survive.
 */

const cprShape = /(?<!\d)(\d{2})(\d{2})(\d{2})([- ]?)(\d{4})(?!\d)/g;

/** Whether dd, mm, yy form a real calendar date in some century. */
function isDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0; // yy 00 is 2000, a leap year; 1900 is outside CPR's range in practice.
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** The text with CPR numbers removed, and whether anything was removed. */
export function scrubCpr(text: string): { text: string; removed: boolean } {
  let removed = false;
  const scrubbed = text.replace(cprShape, (match, dd: string, mm: string, yy: string, separator: string) => {
    if (separator === '-' || isDate(Number(dd), Number(mm), Number(yy))) {
      removed = true;
      return ' ';
    }
    return match;
  });
  return { text: removed ? scrubbed.replace(/\s{2,}/g, ' ').trim() : text, removed };
}
