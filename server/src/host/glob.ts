/** Minimal glob matching for the `files` setting: `**`, `*`, `?`, `{a,b}`; matched against a path's end. */

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let inGroup = false;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of directories, `**` at the end anything.
        if (glob[i + 2] === '/') { re += '(?:.*/)?'; i += 3; continue; }
        re += '.*'; i += 2; continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { re += '(?:'; inGroup = true; }
    else if (c === '}' && inGroup) { re += ')'; inGroup = false; }
    else if (c === ',' && inGroup) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  const anchored = glob.startsWith('/') ? `^${re}$` : `(?:^|/)${re}$`;
  return new RegExp(anchored);
}

export function matchesAnyGlob(path: string, globs: string[]): boolean {
  const p = path.replace(/\\/g, '/');
  return globs.some((g) => {
    try {
      return globToRegExp(g).test(p);
    } catch {
      return false;
    }
  });
}
