/**
 * `value` as an absolute address when its scheme matches `schemes` (relative ones resolve
 * against the page: the host's own files), else undefined. The URL parser sees through
 * `java\tscript:` and friends.
 */
export function safeUrl(value: string | null | undefined, schemes = /^https?:$/): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return schemes.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
