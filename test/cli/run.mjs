// What the command-line tests share: the real command, run as a process, and a folder for what it writes.
import {execFile} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after} from 'node:test';

const bin = new URL('../../bin/twin-cities.mjs', import.meta.url).pathname;
export const fixture = (path) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
export const shipped = new URL('../../data/twin-cities.json', import.meta.url).pathname;

/** Runs `twin-cities ARGS…`; resolves with its exit status and what it printed (never rejects). */
export function twinCities(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {encoding: 'utf8', timeout: 30_000}, (error, stdout, stderr) => {
      resolve({status: error ? error.code : 0, stdout, stderr});
    });
  });
}

/** A fresh folder for this test file's outputs, removed when the file's tests are done. */
export async function scratch() {
  const dir = await mkdtemp(join(tmpdir(), 'twin-cities-cli-'));
  after(() => rm(dir, {recursive: true, force: true}));
  return (name) => join(dir, name);
}

/** Standard error's lines. */
export const lines = (text) => text.split('\n').filter(Boolean);

/** A message for people: one line per problem, no stack trace. */
export const noStackTrace = (text) => !/^\s+at /m.test(text) && !/Error:/.test(text);
