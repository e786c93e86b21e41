// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { useAsync, type Async } from './useAsync.ts';

/** A promise settled by the test. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Renders a component using useAsync for `id` and records every state it rendered, per id. */
function harness(loads: Map<string, ReturnType<typeof deferred<string>>[]>) {
  root = document.createElement('div');
  document.body.append(root);
  const seen: string[] = [];
  let reload = () => undefined as void;
  function View({ id }: { id: string }) {
    const [value, again] = useAsync<string>(() => {
      const d = deferred<string>();
      loads.set(id, [...(loads.get(id) ?? []), d]);
      return d.promise;
    }, [id]);
    reload = again;
    seen.push(`${id}:${show(value)}`);
    return <p>{show(value)}</p>;
  }
  return { seen, show: (id: string) => act(() => render(<View id={id} />, root)), reload: () => act(() => reload()) };
}

const show = (v: Async<string>) => (v.state === 'ready' ? v.data : v.state === 'error' ? `error ${v.message}` : 'loading');

describe('useAsync', () => {
  it('is loading, then shows the answer, or the error', async () => {
    const loads = new Map<string, ReturnType<typeof deferred<string>>[]>();
    const h = harness(loads);
    h.show('a');
    expect(root.textContent).toBe('loading');
    loads.get('a')![0].resolve('A');
    await flush();
    expect(root.textContent).toBe('A');
    h.show('b');
    loads.get('b')![0].reject(new Error('no store'));
    await flush();
    expect(root.textContent).toBe('error Something went wrong: no store');
  });

  it("never renders one key's answer under another key, and drops a late answer for a key left behind", async () => {
    const loads = new Map<string, ReturnType<typeof deferred<string>>[]>();
    const h = harness(loads);
    h.show('a');
    loads.get('a')![0].resolve('A');
    await flush();
    h.show('b');
    // The very first render for b is loading already: no frame shows A as b's data.
    expect(h.seen.filter((s) => s.startsWith('b:'))).not.toContain('b:A');
    expect(root.textContent).toBe('loading');
    h.show('c');
    loads.get('c')![0].resolve('C');
    loads.get('b')![0].resolve('B (late)');
    await flush();
    expect(root.textContent).toBe('C');
    expect(h.seen.some((s) => s.includes('B (late)'))).toBe(false);
  });

  it('keeps the answer on screen while reloading, then shows the new one', async () => {
    const loads = new Map<string, ReturnType<typeof deferred<string>>[]>();
    const h = harness(loads);
    h.show('a');
    loads.get('a')![0].resolve('A1');
    await flush();
    h.reload();
    expect(loads.get('a')).toHaveLength(2);
    expect(root.textContent).toBe('A1');
    loads.get('a')![1].resolve('A2');
    await flush();
    expect(root.textContent).toBe('A2');
  });
});
