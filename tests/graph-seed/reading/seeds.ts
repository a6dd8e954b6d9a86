import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS = {
  shiyan: '000_f2f3fd127b521cfd.txt',
  wuhan: '001_b542f6f43ab8c132.txt',
  compilation: '002_72549c66496bd046.txt',
  zhumadian: '003_7fd3883a336dc26e.txt',
  hubei: '004_8601b350773d0308.txt',
} as const;

export function seedPath(file: string): string {
  return fileURLToPath(new URL(`../../../graph-seed/corpus/${file}`, import.meta.url));
}

export function seedBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(seedPath(file)));
}

export function seedText(file: string): string {
  return readFileSync(seedPath(file), 'utf8');
}
