/**
 * The page-wide side of quick exit, shared by every `<quick-exit>` on the page: one Shift
 * listener, one press count, one scroll padding and one focus guard, however many instances a
 * page (or a leaflet inside it) draws. The first instance connected leads: it counts the presses,
 * makes the announcements and leaves; the others only show the same count on their buttons. So
 * three presses leave once, never once per instance.
 */

/** What the shared state needs from each instance. */
export interface QuickExitMember {
  /** The instance's bar (the strip holding its button): what must never cover the focused control; null before it renders. */
  readonly bar: HTMLElement | null;
  /** True when the instance stays at the top of the viewport as the page scrolls. */
  readonly sticky: boolean;
  /** Redraws the instance (its lights show {@link pressCount}). */
  requestUpdate(): void;
  /** Leaves the page. */
  exit(): void;
  /** Says `message` politely (the leader's status region), or clears it with `''`. */
  announce(message: 'pressTwoMore' | 'pressOneMore' | 'timedOut' | ''): void;
  /** The clock presses are timed on, in milliseconds. */
  now(): number;
}

/** GOV.UK's Exit this page: Shift pressed this many times … */
export const EXIT_PRESSES = 3;
/** … each within this many milliseconds of the one before. */
export const EXIT_WINDOW = 5000;
/** Space kept between the bar and a focused control scrolled out from under it, in CSS px. */
const FOCUS_MARGIN = 8;

const members = new Set<QuickExitMember>();
let presses = 0;
let lastPress = Number.NEGATIVE_INFINITY;
let lastKeyWasModified = false;
let expiry: ReturnType<typeof setTimeout> | undefined;
let clearMessage: ReturnType<typeof setTimeout> | undefined;
let padding: { previous: string; set: string } | null = null;
let resizeObserver: ResizeObserver | null = null;

/** Shift presses counted so far (0 to 2): every instance shows this many lights. */
export function pressCount(): number {
  return presses;
}

/** The instance that counts, announces and leaves: the first one connected. */
export function leader(): QuickExitMember | undefined {
  return members.values().next().value;
}

/** Adds an instance; the first one starts the page-wide listeners. */
export function join(member: QuickExitMember): void {
  if (!members.size) {
    // Capture and keyup, as GOV.UK does: a control that stops the event cannot swallow it, and
    // Shift used as a modifier (Shift+A) is told apart by the key released before it.
    document.addEventListener('keyup', onKeyup, true);
    document.addEventListener('focusin', onFocusin, true);
    resizeObserver = new ResizeObserver(() => updatePadding());
  }
  members.add(member);
  refresh();
}

/** Removes an instance; the last one out removes the listeners and the scroll padding. */
export function leave(member: QuickExitMember): void {
  members.delete(member);
  if (members.size) {
    refresh();
    return;
  }
  document.removeEventListener('keyup', onKeyup, true);
  document.removeEventListener('focusin', onFocusin, true);
  resizeObserver?.disconnect();
  resizeObserver = null;
  reset();
  updatePadding();
}

/** Forgets the presses so far, e.g. after leaving or when the page comes back from the cache. */
export function reset(): void {
  presses = 0;
  lastPress = Number.NEGATIVE_INFINITY;
  lastKeyWasModified = false;
  clearTimeout(expiry);
  clearTimeout(clearMessage);
  for (const member of members) member.requestUpdate();
}

/** After an instance renders or changes placement: watch its bar and recompute the padding. */
export function refresh(): void {
  if (resizeObserver) {
    resizeObserver.disconnect();
    for (const member of members) if (member.bar) resizeObserver.observe(member.bar);
  }
  updatePadding();
}

function onKeyup(event: KeyboardEvent): void {
  const first = leader();
  if (!first) return;
  if (event.key === 'Shift' && !lastKeyWasModified) {
    const now = first.now();
    if (now - lastPress > EXIT_WINDOW) presses = 0;
    presses += 1;
    lastPress = now;
    clearTimeout(expiry);
    clearTimeout(clearMessage);
    if (presses >= EXIT_PRESSES) {
      presses = 0;
      first.announce('');
      first.exit();
    } else {
      first.announce(presses === 1 ? 'pressTwoMore' : 'pressOneMore');
      // The count's own end: the lights go out and the person hears that the shortcut expired.
      expiry = setTimeout(expire, EXIT_WINDOW);
    }
    for (const member of members) member.requestUpdate();
  } else if (presses > 0) {
    expire();
  }
  lastKeyWasModified = event.shiftKey;
}

function expire(): void {
  if (!presses) return;
  presses = 0;
  lastPress = Number.NEGATIVE_INFINITY;
  clearTimeout(expiry);
  const first = leader();
  first?.announce('timedOut');
  clearMessage = setTimeout(() => leader()?.announce(''), EXIT_WINDOW);
  for (const member of members) member.requestUpdate();
}

/** The sticky bars that are stuck to the top of the viewport now, as boxes. */
function stuckBars(): DOMRect[] {
  return [...members]
    .filter((member) => member.sticky && member.bar)
    .map((member) => member.bar!.getBoundingClientRect())
    .filter((box) => box.height > 0 && box.top <= 1);
}

/**
 * WCAG 2.4.11 and 2.4.12: the bar must not hide the control that has focus. The document's
 * `scroll-padding-top` makes the browser's own scrolling (Tab, anchors, `scrollIntoView`) stop
 * below the bar; the host's own value is kept when it is larger, and put back when the last bar goes.
 */
function updatePadding(): void {
  const root = document.documentElement;
  // A stuck bar sits at the very top, so the room it takes is its own height.
  const height = Math.max(0, ...[...members].filter((member) => member.sticky && member.bar).map((member) => member.bar!.offsetHeight));
  if (padding && root.style.scrollPaddingTop !== padding.set) padding = null; // The host has set its own since: leave it.
  if (!height) {
    if (padding) root.style.scrollPaddingTop = padding.previous;
    padding = null;
    return;
  }
  const wanted = Math.ceil(height + FOCUS_MARGIN);
  const previous = padding ? padding.previous : root.style.scrollPaddingTop;
  if (!padding && (Number.parseFloat(getComputedStyle(root).scrollPaddingTop) || 0) >= wanted) return;
  const set = `${wanted}px`;
  root.style.scrollPaddingTop = set;
  padding = { previous, set };
}

/**
 * A control focused under a stuck bar (by a script, or in a browser that scrolls focus into view
 * without heeding scroll padding) is scrolled down from under it once the browser has scrolled.
 * Only the page moves; focus stays where the person or the page put it.
 */
function onFocusin(event: FocusEvent): void {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return;
  requestAnimationFrame(() => uncover(target));
}

/** Scrolls the page so that `target` is no longer under a stuck bar. */
function uncover(target: Element): void {
  if (!target.isConnected || isBar(target)) return;
  const box = target.getBoundingClientRect();
  for (const bar of stuckBars()) {
    const overlaps = box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
    if (overlaps) {
      window.scrollBy({ top: box.top - bar.bottom - FOCUS_MARGIN, behavior: 'instant' });
      return;
    }
  }
}

/** True for a control inside a quick-exit bar (its own button is never "under" itself). */
function isBar(target: Element): boolean {
  return [...members].some((member) => member.bar?.contains(target));
}
