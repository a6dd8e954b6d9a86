#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so there is no separate compile step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
