/** "Did you mean …": closeness of a written key or value to the ones the schema knows. */

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m || !n) return m || n;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** How far apart two spellings may be to count as a typo of each other. */
function allowance(word: string): number {
  if (word.length <= 4) return 1;
  if (word.length <= 12) return 2;
  return 3;
}

export interface Match {
  candidate: string;
  /** The two differ only in letter case (`TCP`/`tcp`, `ContainerPort`/`containerPort`). */
  caseOnly: boolean;
}

/** Lower case without `_`/`-` separators: `container_port` and `ContainerPort` compare equal. */
function loose(s: string): string {
  return s.toLowerCase().replace(/[-_]/g, '');
}

/**
 * The candidate `word` is most likely a misspelling of: equal ignoring case first, then equal
 * ignoring case and `_`/`-`, then the nearest within a small edit distance (ignoring case).
 * Undefined when nothing is near.
 */
export function closest(word: string, candidates: Iterable<string>): Match | undefined {
  const list = prepared(candidates);
  const lower = word.toLowerCase();
  const sameCase = list.find((c) => c.lower === lower && c.text !== word);
  if (sameCase) return { candidate: sameCase.text, caseOnly: true };
  if (!word) return undefined;
  const looseWord = loose(word);
  const sameLoose = list.find((c) => c.loose === looseWord && c.text !== word);
  if (sameLoose) return { candidate: sameLoose.text, caseOnly: false };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    if (c.text === word) continue;
    const limit = Math.min(allowance(word), allowance(c.text));
    // The lengths alone rule most candidates out (and keep a pasted megabyte key cheap).
    if (Math.abs(word.length - c.text.length) > limit) continue;
    const d = editDistance(lower, c.lower);
    if (d < bestDistance && d <= limit) {
      best = c.text;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : { candidate: best, caseOnly: false };
}

interface Candidate {
  text: string;
  lower: string;
  loose: string;
}

const preparedLists = new WeakMap<object, Candidate[]>();

/** Candidates with their lower-case and loose forms; computed once for an array passed again. */
function prepared(candidates: Iterable<string>): Candidate[] {
  const cached = Array.isArray(candidates) ? preparedLists.get(candidates) : undefined;
  if (cached) return cached;
  const list = [...candidates].map((text) => ({ text, lower: text.toLowerCase(), loose: loose(text) }));
  if (Array.isArray(candidates)) preparedLists.set(candidates, list);
  return list;
}
