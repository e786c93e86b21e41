// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DomWatcher, outermost } from './watch.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

let watcher: DomWatcher | undefined;
afterEach(() => watcher?.stop());

function watch(debounceMs = 20, maxWaitMs = 200) {
  const calls: { blocks: Element[]; removed: boolean }[] = [];
  watcher = new DomWatcher(document.body, { debounceMs, maxWaitMs, onChange: (blocks, removed) => void calls.push({ blocks, removed }) });
  watcher.start();
  return calls;
}

describe('DomWatcher', () => {
  it('reports the block around added text once, after the changes settle', async () => {
    document.body.innerHTML = '<main><div id="feed"><p>First</p></div></main>';
    const calls = watch();
    const feed = document.getElementById('feed')!;
    const p = document.createElement('p');
    p.innerHTML = 'More about <b>Nvidia</b>';
    feed.appendChild(p);
    p.querySelector('b')!.appendChild(document.createTextNode(' and SMIC'));
    await tick(5);
    expect(calls).toHaveLength(0);
    await tick(60);
    expect(calls).toHaveLength(1);
    expect(calls[0].blocks).toEqual([p]);
  });

  it('keeps its own UI host out of what it reports', async () => {
    document.body.innerHTML = '<p id="a">The H20 ships.</p>';
    const calls = watch();
    const ui = document.createElement('chiplens-ui');
    ui.textContent = 'Nvidia H20';
    document.body.appendChild(ui);
    await tick(60);
    expect(calls).toHaveLength(0);
  });

  it('reports the block of a text node a script rewrote, and that text was taken out', async () => {
    document.body.innerHTML = '<p id="a">The <b>H20</b> ships.</p><p id="b">Hygon <i>rose</i></p>';
    const calls = watch();
    document.querySelector('b')!.firstChild!.textContent = 'H2O';
    document.querySelector('i')!.remove();
    await tick(60);
    expect(calls).toEqual([{ blocks: [document.getElementById('a')], removed: true }]);
  });

  it('takes an empty element a page adds and removes (an overlay) for no change', async () => {
    document.body.innerHTML = '<p id="a">The H20 ships.</p>';
    const calls = watch();
    const overlay = document.createElement('div');
    document.body.append(overlay);
    await tick(5);
    overlay.remove();
    await tick(60);
    expect(calls).toEqual([]);
  });

  it('reports at the latest after maxWait while changes keep coming', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const calls = watch(40, 100);
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 10; i++) {
      const p = document.createElement('p');
      p.textContent = `item ${i}`;
      feed.appendChild(p);
      await tick(20);
    }
    expect(calls.length).toBeGreaterThanOrEqual(1);
  });

  it('reports nothing once stopped', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const calls = watch();
    watcher!.stop();
    expect(watcher!.active).toBe(false);
    document.getElementById('feed')!.innerHTML = '<p>Nvidia</p>';
    await tick(60);
    expect(calls).toHaveLength(0);
  });
});

describe('outermost', () => {
  it('drops elements inside others of the list', () => {
    document.body.innerHTML = '<div id="a"><p id="b"><b id="c">x</b></p></div><p id="d"></p>';
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    expect(outermost([c, b, d, a])).toEqual([d, a]);
  });
});
