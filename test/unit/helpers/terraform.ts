/** Loads the HCL parser once per test process (the hosts do the same at start). */
import { before } from 'node:test';
import * as assert from 'node:assert/strict';
import { initNodeTerraform } from '../../../server/src/node/terraform-wasm';

export function useTerraform(): void {
  before(async () => assert.equal(await initNodeTerraform(), true, 'the HCL parser loads'));
}
