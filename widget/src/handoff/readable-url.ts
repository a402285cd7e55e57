/** The deep link as text a citizen can read aloud or type on a phone. */

/**
 * `url` without a leading "https://": phone browsers try https first for a typed address, so the
 * shorter text leads to the same page. Any other scheme (http on a test server) stays, since
 * leaving it out would send the phone somewhere else.
 */
export function readableUrl(url: string): string {
  return url.replace(/^https:\/\//i, '');
}
