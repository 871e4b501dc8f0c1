/**
 * The package version, from package.json only. The bundles (dist/server.js, dist/cli.js) get it from
 * esbuild's `define` (esbuild.mjs), so they print it wherever they are copied; compiled by tsc (out/, the
 * tests) there is no define and it is read from the package.json above this file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Replaced by esbuild with package.json's version (a string literal); undeclared at run time otherwise. */
declare const ECS_TASKDEF_PACKAGE_VERSION: string | undefined;

export const VERSION: string = typeof ECS_TASKDEF_PACKAGE_VERSION === 'string' ? ECS_TASKDEF_PACKAGE_VERSION : packageVersion();

/** The version in the nearest package.json of this package above this file. */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'ecs-taskdef' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      /* not here: go up */
    }
    if (dirname(dir) === dir) return '0.0.0-unknown';
  }
}
