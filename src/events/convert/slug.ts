/** Longest slug made from a title or publisher, before the year or date is added. */
const MAX_SLUG_LENGTH = 48;

/**
 * Lower-case letters, digits and single hyphens, as ids need: "US–Soviet Incidents at Sea" becomes
 * "us-soviet-incidents-at-sea". Accents are dropped ("Déclaration" -> "declaration"); a text in
 * another script gives an empty slug, so callers supply a fallback.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary, so the id does not end in half a word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** Joins non-empty slug parts with hyphens: ("", "1998") -> "1998". */
export function joinSlug(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('-');
}

/** Hands out ids that are not taken yet: "a", then "a-2", "a-3"... */
export class IdAllocator {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  allocate(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n += 1) id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }
}
