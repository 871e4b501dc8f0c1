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
  const list = [...candidates].filter((c) => c !== word);
  const lower = word.toLowerCase();
  const sameCase = list.find((c) => c.toLowerCase() === lower);
  if (sameCase) return { candidate: sameCase, caseOnly: true };
  if (!word) return undefined;
  const sameLoose = list.find((c) => loose(c) === loose(word));
  if (sameLoose) return { candidate: sameLoose, caseOnly: false };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance && d <= Math.min(allowance(word), allowance(c))) {
      best = c;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : { candidate: best, caseOnly: false };
}
