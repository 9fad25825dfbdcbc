import { TurnQueue } from '../../../bot/teams/turnQueue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('TurnQueue', () => {
  it('runs turns of one conversation one after another, in arrival order', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    const gate = deferred();
    const first = queue.run('c1', async () => {
      order.push('first starts');
      await gate.promise;
      order.push('first ends');
    });
    const second = queue.run('c1', async () => {
      order.push('second');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['first starts']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
  });

  it('lets other conversations run meanwhile', async () => {
    const queue = new TurnQueue();
    const gate = deferred();
    const slow = queue.run('c1', () => gate.promise);
    let otherRan = false;
    await queue.run('c2', async () => {
      otherRan = true;
    });
    expect(otherRan).toBe(true);
    gate.resolve();
    await slow;
  });

  it('passes a failed turn’s error to its caller and still runs the next turn', async () => {
    const queue = new TurnQueue();
    const failing = queue.run('c1', async () => {
      throw new Error('storage down');
    });
    let nextRan = false;
    const next = queue.run('c1', async () => {
      nextRan = true;
    });
    await expect(failing).rejects.toThrow('storage down');
    await next;
    expect(nextRan).toBe(true);
  });

  it('forgets a conversation once its turns are done', async () => {
    const queue = new TurnQueue();
    await Promise.all([queue.run('c1', async () => undefined), queue.run('c1', async () => undefined), queue.run('c2', async () => undefined)]);
    expect(queue.size).toBe(0);
  });
});
