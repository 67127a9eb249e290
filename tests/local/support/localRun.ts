/**
 * Helpers for tests that drive local mode: captured output, polling, the seeds folder and
 * running the scripts as a user would (tsx).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Output } from '../../../scripts/local/runLocal';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const SEEDS_DIR = resolve(REPO_ROOT, '../shared/seeds');
export const seedsPresent = existsSync(SEEDS_DIR);

export interface CapturedOutput extends Output {
  stdout: string[];
  stderr: string[];
}

export function captureOutput(): CapturedOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(...text.split('\n')), err: (text) => stderr.push(text) };
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: nothing after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tsx scripts/<script>.ts …args` from the repository root, as `npm run` would. */
export function runScript(script: string, args: string[]): Promise<ScriptRun> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(REPO_ROOT, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
