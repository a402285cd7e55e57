import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/knowledge.ts';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

/** Runs the ask command as editors do, optionally with stdin. */
async function ask(args: string[], input?: string): Promise<string> {
  const child = run(tsx, [join(repoRoot, 'knowledge', 'ask.ts'), ...args], { cwd: repoRoot });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return (await child).stdout;
}

describe('the ask command', () => {
  it('prints one JSON object per the contract for --json', async () => {
    const output = await ask(['--json', '--at', '2026-11-23T10:00:00+01:00', 'jeg skal flytte']);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]);
    expect(result).toMatchObject({ query: 'jeg skal flytte', status: 'answer', route: { situation: 'flytning', profile: 'self' } });
    expect(result.results[0]).toMatchObject({ id: 'flytning', title: 'Flytning' });
    expect(result.results[0].score).toBeGreaterThan(0);
    expect(result.route.steps[0]).toMatchObject({ channel: 'self-service', provider: 'borger.dk' });
    expect(typeof result.route.why).toBe('string');
  }, 30_000);

  it('prints one JSON line per input line with --stdin, and never a CPR number', async () => {
    const output = await ask(['--json', '--stdin'], 'jeg skal flytte\nforny pas\n\nbanan 010190-1234\n');
    const results = output.trim().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => [r.query, r.status])).toEqual([
      ['jeg skal flytte', 'answer'], ['forny pas', 'answer'], ['banan', 'none'],
    ]);
    expect(output).not.toContain('1234');
  }, 30_000);

  it('lists every situation as {id, title} lines with --list --json', async () => {
    const lines = (await ask(['--list', '--json'])).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) expect(Object.keys(line)).toEqual(['id', 'title']);
    expect(lines.map((l) => l.id)).toContain('kontakt-borgerservice');
  }, 30_000);

  it('explains a bad option in Danish and exits non-zero', async () => {
    await expect(ask(['--profile', 'robot', 'pas'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--profile skal være en af') });
  }, 30_000);
});
