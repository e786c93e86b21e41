// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor } from './NoteEditor.tsx';
import { NoteView } from './NoteView.tsx';
import { noteStrings } from './strings.ts';

const en = noteStrings('en');

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return root;
}

const key = (el: Element, init: KeyboardEventInit) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('NoteEditor', () => {
  it('focuses the field, saves on Ctrl+Enter and cancels on Escape', async () => {
    const onSave = vi.fn(async () => null);
    const onCancel = vi.fn();
    const root = mount(<NoteEditor strings={en} quote="the passage" initial="draft" onSave={onSave} onCancel={onCancel} />);
    const field = root.querySelector('textarea')!;
    expect(document.activeElement).toBe(field);
    expect(root.querySelector('.quote')!.textContent).toBe('the passage');
    key(field, { key: 'Enter' });
    expect(onSave).not.toHaveBeenCalled();
    key(field, { key: 'Enter', ctrlKey: true });
    await flush();
    expect(onSave).toHaveBeenCalledWith('draft');
    key(field, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows why saving failed and lets the reader try again', async () => {
    const onSave = vi.fn(async () => 'The store is full.');
    const root = mount(<NoteEditor strings={en} quote="q" onSave={onSave} onCancel={() => undefined} />);
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(root.querySelector('[role=alert]')!.textContent).toBe('The store is full.');
    expect(root.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(false);
  });
});

describe('NoteView', () => {
  it('asks once more before deleting', async () => {
    const onDelete = vi.fn(async () => null);
    const root = mount(<NoteView strings={en} body="my note" focusFirst onEdit={() => undefined} onDelete={onDelete} onClose={() => undefined} />);
    expect(root.querySelector('.body')!.textContent).toBe('my note');
    expect(document.activeElement?.textContent).toBe('Edit');
    act(() => root.querySelector<HTMLButtonElement>('button.danger')!.click());
    expect(onDelete).not.toHaveBeenCalled();
    expect(root.querySelector('.ask')!.textContent).toBe(en.confirmDelete);
    act(() => root.querySelector<HTMLButtonElement>('button.danger')!.click());
    await flush();
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
