/**
 * Removes CPR numbers from free text before anything else sees it: nothing with a CPR
 * number is stored, logged, sent or echoed. A CPR number is ddmmyy-xxxx; written without the dash
 * (10 digits, or 6 + space + 4) it is only removed when the first six digits form a valid date, so
 * other long numbers survive.
 */

// Day, month and year may be run together or split by a space, dot, hyphen, slash or underscore
// ("01.01.90", "01-02-03", "01/02/03"); the last four digits may follow a hyphen of any kind
// (autocorrect turns "-" into "–"), a slash, a dot, an underscore or a space.
const cprShape = /(?<!\d)(\d{2})[-‐‑‒–—−/._ ]?(\d{2})[-‐‑‒–—−/._ ]?(\d{2})\s*([-‐‑‒–—−/._]?)\s*(\d{4})(?!\d)/g;

// A number right after a label ("cpr", "CPR-nr.", "cpr nummer:", "personnummer") is someone's CPR
// number whatever its date says, and the label goes with it: a "cpr" left behind would be searched.
const labelledNumber = /\b(?:cpr|person)[-\s]*(?:nr\.?|nummer|no\.?)?\s*(?:er|is|:)?\s*[:.]?\s*\d(?:\s*[-‐‑‒–—−/._]?\s*\d){5,11}(?!\d)/gi;

// Zero-width characters can hide a number from a pattern without changing how it looks.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Whether dd, mm, yy form a real calendar date in some century. */
function isDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0; // yy 00 is 2000, a leap year; 1900 is outside CPR's range in practice.
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** The text with CPR numbers removed, and whether anything was removed. */
export function scrubCpr(input: string): { text: string; removed: boolean } {
  // NFKC turns full-width and other compatibility digits into 0–9, so they cannot slip past.
  const text = input.normalize('NFKC').replace(invisible, '');
  let removed = false;
  const scrubbed = text.replace(labelledNumber, () => {
    removed = true;
    return ' ';
  }).replace(cprShape, (match, dd: string, mm: string, yy: string, separator: string) => {
    if (separator !== '' || isDate(Number(dd), Number(mm), Number(yy))) {
      removed = true;
      return ' ';
    }
    return match;
  });
  return { text: removed ? scrubbed.replace(/\s{2,}/g, ' ').trim() : input, removed };
}

// An e-mail address, and a Danish phone number: eight digits, maybe grouped, maybe after +45.
const emailAddress = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi;
const phoneNumber = /(?<![\d+])(?:(?:\+|00)45[\s.-]?)?(?:\d[\s.-]?){7}\d(?!\d)/g;

/**
 * The citizen's words without e-mail addresses and phone numbers: they are never needed to find
 * an answer, and a query goes on into the site-search link. Run after `scrubCpr`.
 */
export function scrubContactDetails(input: string): { text: string; removed: boolean } {
  let removed = false;
  const text = input.replace(emailAddress, () => {
    removed = true;
    return ' ';
  }).replace(phoneNumber, () => {
    removed = true;
    return ' ';
  });
  return { text: removed ? text.replace(/\s{2,}/g, ' ').trim() : input, removed };
}
