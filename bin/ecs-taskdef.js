#!/usr/bin/env node
void require('../dist/cli.js').main();
