/**
 * Words that carry no meaning for finding a life situation. Curated by hand from the Snowball Danish
 * list: domain words such as "far", "mor", "ny", "hjælp", "ikke" (in "kan ikke") stay searchable.
 * Written folded (æ→ae, ø→oe, å→aa) because they are compared after folding.
 */
export const stopwords: ReadonlySet<string> = new Set([
  // Danish
  'og', 'i', 'jeg', 'det', 'at', 'en', 'den', 'til', 'er', 'som', 'paa', 'de', 'med', 'han', 'af', 'for',
  'der', 'var', 'mig', 'sig', 'men', 'et', 'har', 'om', 'vi', 'min', 'havde', 'ham', 'hun', 'nu', 'over',
  'da', 'fra', 'du', 'ud', 'sin', 'dem', 'os', 'op', 'man', 'hans', 'hvor', 'eller', 'hvad', 'skal', 'selv',
  'her', 'alle', 'vil', 'blev', 'kunne', 'ind', 'naar', 'vaere', 'dog', 'noget', 'ville', 'jo', 'deres',
  'efter', 'ned', 'skulle', 'denne', 'end', 'dette', 'mit', 'ogsaa', 'under', 'have', 'dig', 'hende', 'mine',
  'alt', 'meget', 'sit', 'sine', 'vor', 'mod', 'disse', 'hvis', 'din', 'dit', 'dine', 'nogle', 'hos',
  'blive', 'mange', 'ad', 'bliver', 'hendes', 'vaeret', 'jer', 'saadan', 'kan', 'hvordan', 'hvorfor',
  'hvornaar', 'hvilken', 'hvilke', 'gerne', 'hej', 'goddag', 'tak', 'bare', 'lige', 'faa', 'goere',
  'gaar', 'gik', 'vores', 'jeres', 'mere', 'mest', 'nej', 'ja', 'venligst', 'altsaa',
  // time words say when, not what
  'naeste', 'maaned', 'uge', 'snart', 'igen', 'idag', 'imorgen',
  // "ved ikke", "ved siden af": too common to say anything
  'ved',
  // English, for citizens who write in English
  'the', 'a', 'an', 'to', 'my', 'how', 'do', 'does', 'can', 'want', 'is', 'are', 'of', 'and', 'in', 'on',
  'it', 'me', 'what', 'where', 'get', 'need', 'new', 'please',
]);
