import { spawn } from 'node:child_process';

function chat(lines: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'bot/terminalChat.ts'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`exit ${code}`))));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('npm run chat, scripted', () => {
  it('reads one message per line and prints each bot message on its own line', async () => {
    const output = await chat(['yes', 'i want to stop using spice']);
    expect(output[0]).toMatch(/^Hi, I'm changetalk\. .*call 999/);
    expect(output[1]).toBe('Is it OK if we talk for a few minutes?');
    expect(output.some((line) => /you want to stop using spice/.test(line))).toBe(true);
    expect(output.join('\n')).not.toMatch(/"level"|DeprecationWarning/);
  }, 30000);

  it('writes services out in full, since a terminal shows no cards', async () => {
    const output = await chat(['yes', 'i want to quit crack', 'it is ruining me', 'awful', '8', 'my health', '7', 'i stopped before', 'no', 'yes']);
    const services = output.find((line) => line.startsWith('Here are some places'));
    expect(services).toMatch(/Narcotics Anonymous UK .*ukna\.org/);
    expect(services).toMatch(/FRANK .*0300 123 6600/);
  }, 30000);
});
