// The note editor stays on screen: at 1280×720, a passage selected on the last lines of the viewport opens the
// editor (in ChipLens's private frame) wholly inside the viewport, its Save and Cancel buttons included, and
// also where the window is too short for the whole editor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chiplensFrame, endSelection, launchWithExtension, SAMPLES_DIR, selectPassage, startServer, waitUntil, type ExtensionBrowser, type TestServer } from './harness.ts';

/** The project's own sample article, with room after it so any paragraph can be scrolled to the bottom edge. */
const ARTICLE = readFileSync(join(SAMPLES_DIR, 'en-amd-mi308-huawei-ascend.html'), 'utf8').replace(
  '</body>',
  '<div style="height:1500px"></div></body>',
);
const PATH = '/placement/amd-mi308.html';
const PASSAGE = 'the restrictions on the MI308 would cost it roughly $800 million in charges';

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  server.add(PATH, ARTICLE);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether `inner` lies wholly inside `outer` (1 px of rounding allowed). */
function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

async function openEditorNearBottom(page: Page, fromBottom: number) {
  await page.goto(server.url(PATH));
  await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 20_000 });
  await selectPassage(page, PASSAGE, { fromBottom });
  await endSelection(page);
  await waitUntil(() => !!chiplensFrame(page), 10_000, "ChipLens's frame");
  const frame = chiplensFrame(page)!;
  await frame.locator('button.add').click();
  await frame.locator('textarea').waitFor();
  return frame;
}

/** The viewport, the frame's box in the page, and the boxes of the editor's buttons, once the frame has settled. */
async function boxes(page: Page, frame: NonNullable<ReturnType<typeof chiplensFrame>>) {
  const viewport = page.viewportSize()!;
  const read = async () => {
    const host = await page.evaluate(() => {
      const r = document.querySelector('chiplens-ui')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    // The buttons as the reader sees them: their box in the frame, clipped by any scrolling panel around them.
    const buttons = await frame.evaluate(() =>
      [...document.querySelectorAll('.editor .actions button')].map((b) => {
        const r = b.getBoundingClientRect();
        let visible = true;
        for (let p = b.parentElement; p; p = p.parentElement) {
          const c = p.getBoundingClientRect();
          const style = getComputedStyle(p);
          if (style.overflowY !== 'visible' && (r.top < c.top - 1 || r.bottom > c.bottom + 1)) visible = false;
        }
        return { text: b.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height, visible };
      }),
    );
    return { host, buttons };
  };
  let last = await read();
  // Placement follows the frame's reported size: wait until two reads agree.
  await waitUntil(
    async () => {
      const next = await read();
      const same = JSON.stringify(next) === JSON.stringify(last);
      last = next;
      return same;
    },
    5_000,
    'the frame to settle',
  );
  return { viewport: { x: 0, y: 0, width: viewport.width, height: viewport.height }, ...last };
}

describe('the note editor stays on screen', () => {
  for (const { width, height, fromBottom } of [
    { width: 1280, height: 720, fromBottom: 12 },
    { width: 1280, height: 720, fromBottom: 120 },
    // Too short for the editor above or below the passage: it shrinks, and the buttons stay visible.
    { width: 1280, height: 300, fromBottom: 40 },
    { width: 1280, height: 240, fromBottom: 30 },
  ]) {
    it(`at ${width}×${height} with the passage ${fromBottom} px above the bottom edge`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      const frame = await openEditorNearBottom(page, fromBottom);
      const { viewport, host, buttons } = await boxes(page, frame);
      expect(inside(host, viewport), `frame ${JSON.stringify(host)} in ${JSON.stringify(viewport)}`).toBe(true);
      expect(buttons.map((b) => b.text)).toEqual(['Cancel', 'Save']);
      for (const b of buttons) {
        const inPage = { x: host.x + b.x, y: host.y + b.y, width: b.width, height: b.height };
        expect(b.visible, `${b.text} not scrolled out of its panel`).toBe(true);
        expect(inside(inPage, host), `${b.text} ${JSON.stringify(inPage)} inside the frame ${JSON.stringify(host)}`).toBe(true);
        expect(inside(inPage, viewport), `${b.text} ${JSON.stringify(inPage)} on screen`).toBe(true);
      }
      // And they work: Cancel closes the editor.
      await frame.locator('.editor .actions button', { hasText: 'Cancel' }).click();
      await expect.poll(() => frame.locator('textarea').count()).toBe(0);
      await page.close();
    });
  }
});
