/**
 * The one element ChipLens adds to a page: `<chiplens-ui>` at the end of `<html>`, holding in a closed shadow
 * root the extension's own frame (card, note editor, a note's text). The frame is an extension page: the page's
 * script can see that it exists, but can neither read nor script it. It is placed next to a highlight or a
 * selection with @floating-ui/dom, above the page's own layers, inside the viewport, and follows scrolling and
 * resizing. Messages go over a private port (see `lib/frame-protocol.ts`).
 */
import { autoUpdate, type Placement, type ReferenceElement } from '@floating-ui/dom';
import { browser, type Browser } from 'wxt/browser';
import { FRAME_PAGE, FRAME_PORT_PREFIX, isFromFrame, type FromFrame, type ToFrame } from '../../lib/frame-protocol.ts';
import { UI_TAG } from '../../lib/dom/readable.ts';
import { placeNextTo, styleFloatingHost } from '../../components/ui/floating.ts';

/** Room the frame keeps around its content for the shadow; the placement pulls it back by as much. */
const FRAME_MARGIN = 10;
const GAP = 6;

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class FrameHost {
  private host: HTMLElement | null = null;
  private iframe: HTMLIFrameElement | null = null;
  private port: Browser.runtime.Port | null = null;
  /** Messages sent before the frame connected; the last view wins. */
  private pending: ToFrame[] = [];
  private readonly nonce = randomNonce();
  private ref: ReferenceElement | null = null;
  private placement: Placement = 'bottom-start';
  private content = { width: 0, height: 0 };
  private room = Infinity;
  private stopTracking: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onMessage: (m: FromFrame) => void,
    private readonly label: () => string,
  ) {
    browser.runtime.onConnect.addListener(this.onConnect);
  }

  /** Whether the frame is showing something. */
  get open(): boolean {
    return this.ref !== null;
  }

  /** Whether an event target is the frame (events from inside it reach the page retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  /** Whether keyboard focus is in the frame. */
  hasFocus(): boolean {
    return this.host !== null && this.doc.activeElement === this.host;
  }

  /** Shows `view` next to `ref`. */
  show(ref: ReferenceElement, view: ToFrame, placement: Placement = 'bottom-start'): void {
    this.ensure();
    this.post(view);
    if (this.ref !== ref || this.placement !== placement) {
      this.stopTracking?.();
      this.ref = ref;
      this.placement = placement;
      this.host!.style.setProperty('display', 'block', 'important');
      this.stopTracking = autoUpdate(ref, this.host!, () => void this.place());
    }
    void this.place();
  }

  /** Moves keyboard focus into the frame. */
  focus(): void {
    this.iframe?.focus();
  }

  hide(): void {
    if (!this.ref) return;
    this.stopTracking?.();
    this.stopTracking = null;
    this.ref = null;
    this.host?.style.setProperty('display', 'none', 'important');
    this.post({ type: 'hide' });
  }

  /** Answers a request of the frame. */
  reply(message: ToFrame): void {
    this.post(message);
  }

  destroy(): void {
    this.hide();
    browser.runtime.onConnect.removeListener(this.onConnect);
    this.port?.disconnect();
    this.port = null;
    this.host?.remove();
    this.host = this.iframe = null;
  }

  // -------------------------------------------------------------------------------------------------------

  private ensure(): void {
    if (this.host?.isConnected) return;
    if (!this.host) {
      const host = this.doc.createElement(UI_TAG.toLowerCase());
      styleFloatingHost(host, { display: 'none', 'pointer-events': 'auto' });
      // Closed: a page script cannot reach the frame element (nor change its address) through the host.
      const shadow = host.attachShadow({ mode: 'closed' });
      const iframe = this.doc.createElement('iframe');
      iframe.src = `${browser.runtime.getURL(FRAME_PAGE)}#${this.nonce}`;
      iframe.title = this.label();
      iframe.setAttribute('allowtransparency', 'true');
      for (const [k, v] of Object.entries({
        display: 'block',
        border: '0',
        margin: '0',
        padding: '0',
        width: '380px',
        height: '0px',
        background: 'transparent',
        // Equal schemes inside and out keep the frame transparent around the card.
        'color-scheme': 'normal',
      })) {
        iframe.style.setProperty(k, v, 'important');
      }
      shadow.append(iframe);
      this.host = host;
      this.iframe = iframe;
    }
    this.doc.documentElement.appendChild(this.host);
  }

  private readonly onConnect = (port: Browser.runtime.Port): void => {
    if (port.name !== FRAME_PORT_PREFIX + this.nonce) return;
    // Only this extension's own frame page can open a port with this name.
    const sender = port.sender;
    let path = '';
    try {
      path = new URL(sender?.url ?? '').pathname;
    } catch {
      // no address: not our frame
    }
    if (sender?.id !== browser.runtime.id || path !== FRAME_PAGE) {
      port.disconnect();
      return;
    }
    this.port?.disconnect();
    this.port = port;
    port.onMessage.addListener(this.onPortMessage);
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
    });
    const queued = this.pending;
    this.pending = [];
    for (const m of queued) port.postMessage(m);
  };

  private readonly onPortMessage = (m: unknown): void => {
    if (!isFromFrame(m)) return;
    if (m.type === 'size') {
      this.content = { width: Math.ceil(m.width), height: Math.ceil(m.height) };
      this.resize();
      void this.place();
      return;
    }
    this.onMessage(m);
  };

  private post(m: ToFrame): void {
    if (this.port) {
      this.port.postMessage(m);
      return;
    }
    // Until the frame connects, only the latest view matters (and answers to its requests).
    this.pending = [...this.pending.filter((p) => p.type === 'article'), m];
  }

  private resize(): void {
    const iframe = this.iframe;
    if (!iframe) return;
    const view = this.doc.defaultView;
    const maxWidth = view ? view.innerWidth : Infinity;
    iframe.style.setProperty('width', `${Math.min(this.content.width, maxWidth)}px`, 'important');
    iframe.style.setProperty('height', `${Math.min(this.content.height, this.room)}px`, 'important');
  }

  private async place(): Promise<void> {
    const ref = this.ref;
    const host = this.host;
    if (!ref || !host) return;
    await placeNextTo(
      ref,
      host,
      this.placement,
      () => this.ref === ref,
      (room) => {
        if (room !== this.room) {
          this.room = room;
          this.resize();
        }
      },
      GAP - FRAME_MARGIN,
    );
  }
}
