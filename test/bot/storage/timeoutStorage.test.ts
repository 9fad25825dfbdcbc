import { StorageTimeoutError, withTimeout } from '../../../bot/storage/timeoutStorage';
import { FaultyStorage } from './faultyStorage';

describe('withTimeout', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('passes results through from a healthy storage and leaves no timer behind', async () => {
    jest.useFakeTimers();
    const storage = withTimeout(new FaultyStorage(), 1000);
    await storage.write({ 'c/1/': { step: 'engage' } });
    expect((await storage.read(['c/1/']))['c/1/']).toMatchObject({ step: 'engage' });
    await storage.delete(['c/1/']);
    expect(await storage.read(['c/1/'])).toEqual({});
    expect(jest.getTimerCount()).toBe(0);
  });

  it('passes a failure through as it is, at once', async () => {
    jest.useFakeTimers();
    const faulty = new FaultyStorage().setFault('throw', ['write']);
    const storage = withTimeout(faulty, 1000);
    await expect(storage.write({ 'c/1/': {} })).rejects.toThrow('injected write failure');
    expect(jest.getTimerCount()).toBe(0);
    await expect(storage.read(['c/1/'])).resolves.toEqual({});
  });

  it.each(['read', 'write', 'delete'] as const)('rejects a hung %s after the time limit', async (operation) => {
    jest.useFakeTimers();
    const faulty = new FaultyStorage().setFault('hang', [operation]);
    const storage = withTimeout(faulty, 250);
    const call =
      operation === 'read' ? storage.read(['c/1/']) : operation === 'write' ? storage.write({ 'c/1/': {} }) : storage.delete(['c/1/']);
    let settled = false;
    call.then(
      () => (settled = true),
      () => (settled = true),
    );
    await jest.advanceTimersByTimeAsync(249);
    expect(settled).toBe(false);
    expect(faulty.hungCalls).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(call).rejects.toThrow(StorageTimeoutError);
    await expect(call).rejects.toThrow(`Storage: ${operation} did not finish within 250 ms.`);
  });

  it('ignores a late result, success or failure, without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failingLater = new FaultyStorage(new FaultyStorage().setFault('throw')).setFault('hang');
      const storage = withTimeout(failingLater, 20);
      const read = storage.read(['c/1/']);
      const write = storage.write({ 'c/1/': { n: 1 } });
      await expect(read).rejects.toThrow(StorageTimeoutError);
      await expect(write).rejects.toThrow(StorageTimeoutError);

      failingLater.releaseHung();
      await new Promise((wait) => setTimeout(wait, 50));
      expect(failingLater.inner).toBeInstanceOf(FaultyStorage);
      expect((failingLater.inner as FaultyStorage).calls).toMatchObject({ read: 1, write: 1 });
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('turns a storage that throws synchronously into a rejection', async () => {
    const throwsAtOnce = {
      read: () => {
        throw new Error('sync read failure');
      },
      write: async () => {},
      delete: async () => {},
    };
    await expect(withTimeout(throwsAtOnce, 100).read(['c/1/'])).rejects.toThrow('sync read failure');
  });

  it('refuses a time limit that is not a positive number', () => {
    expect(() => withTimeout(new FaultyStorage(), 0)).toThrow(RangeError);
    expect(() => withTimeout(new FaultyStorage(), Number.NaN)).toThrow(RangeError);
  });
});

describe('FaultyStorage', () => {
  it('throws on every chosen operation until healed', async () => {
    const faulty = new FaultyStorage().setFault('throw');
    await expect(faulty.read(['a/'])).rejects.toThrow('injected read failure');
    await expect(faulty.write({ 'a/': {} })).rejects.toThrow('injected write failure');
    await expect(faulty.delete(['a/'])).rejects.toThrow('injected delete failure');
    faulty.setFault('none');
    await faulty.write({ 'a/': { n: 1 } });
    expect((await faulty.read(['a/']))['a/']).toMatchObject({ n: 1 });
    expect(faulty.calls).toEqual({ read: 2, write: 2, delete: 1 });
  });

  it('holds hung calls until released, then lets them reach the inner storage', async () => {
    const faulty = new FaultyStorage().setFault('hang', ['write']);
    let written = false;
    const write = faulty.write({ 'a/': { n: 1 } }).then(() => (written = true));
    await new Promise((wait) => setImmediate(wait));
    expect(written).toBe(false);
    expect(await faulty.read(['a/'])).toEqual({});
    faulty.releaseHung();
    await write;
    expect(faulty.hungCalls).toBe(0);
    expect((await faulty.read(['a/']))['a/']).toMatchObject({ n: 1 });
  });
});
