// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DomWatcher, outermost } from './watch.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

let watcher: DomWatcher | undefined;
afterEach(() => watcher?.stop());

function watch(debounceMs = 20, maxWaitMs = 200) {
  const calls: { blocks: Element[]; stale: Element[] }[] = [];
  watcher = new DomWatcher(document.body, { debounceMs, maxWaitMs, onChange: (blocks, stale) => calls.push({ blocks, stale }) });
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

  it('keeps its own writes, our UI and moved marks out of what it reports', async () => {
    document.body.innerHTML = '<p id="a">The H20 ships.</p><p id="b">x</p>';
    const calls = watch();
    watcher!.quietly(() => {
      const m = document.createElement('chiplens-mark');
      const t = document.getElementById('a')!.firstChild as Text;
      const mid = t.splitText(4);
      mid.splitText(3);
      mid.before(m);
      m.appendChild(mid);
    });
    const card = document.createElement('chiplens-card');
    card.textContent = 'Nvidia H20';
    document.body.appendChild(card);
    const ui = document.createElement('div');
    ui.setAttribute('data-chiplens-ui', '');
    ui.textContent = 'Nvidia';
    document.body.appendChild(ui);
    document.getElementById('b')!.appendChild(document.querySelector('chiplens-mark')!);
    await tick(60);
    expect(calls).toHaveLength(0);
  });

  it('reports page changes made before one of its own writes', async () => {
    document.body.innerHTML = '<p id="a">Old</p>';
    const calls = watch();
    const added = document.createElement('p');
    added.textContent = 'Hygon rose';
    document.body.appendChild(added);
    watcher!.quietly(() => document.getElementById('a')!.setAttribute('data-x', '1'));
    await tick(60);
    expect(calls.map((c) => c.blocks)).toEqual([[added]]);
  });

  it('flags a mark whose text a script changed, with its block', async () => {
    document.body.innerHTML = '<p id="a">The <chiplens-mark>H20</chiplens-mark> ships.</p>';
    const calls = watch();
    document.querySelector('chiplens-mark')!.firstChild!.textContent = 'H2O';
    await tick(60);
    expect(calls).toHaveLength(1);
    expect(calls[0].stale).toEqual([document.querySelector('chiplens-mark')]);
    expect(calls[0].blocks).toEqual([document.getElementById('a')]);
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
