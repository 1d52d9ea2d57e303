const next: Record<string, { ltr: number; rtl: number }> = {
  ArrowDown: { ltr: 1, rtl: 1 },
  ArrowUp: { ltr: -1, rtl: -1 },
  ArrowRight: { ltr: 1, rtl: -1 },
  ArrowLeft: { ltr: -1, rtl: 1 },
};

/**
 * Arrow keys in a group of native radios, the same in every engine: Down, and Right (Left in a
 * right-to-left language), move to the next radio; Up, and Left (Right in right-to-left), to the
 * previous; both wrap round, whether or not a radio is chosen yet. The radio moved to takes focus
 * and is clicked, so it is chosen, fires `input` and `change`, and a cancelled click (read-only)
 * leaves the value alone, as native radios do. This is Chromium's and Firefox's native order;
 * WebKit does not mirror the arrows in right-to-left and does not wrap round from the first radio
 * of an unchosen group, which is why the elements handle the keys themselves.
 *
 * Use it as the `keydown` listener of the element that holds the radios.
 */
export function onRadioArrowKey(event: KeyboardEvent): void {
  const step = next[event.key];
  const radio = event.target;
  if (!step || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio') return;
  const holder = event.currentTarget as Element;
  const radios = [...holder.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === radio.name && !r.disabled);
  const at = radios.indexOf(radio);
  if (at < 0 || radios.length < 2) return;
  event.preventDefault();
  const rtl = getComputedStyle(radio).direction === 'rtl';
  const to = radios[(at + (rtl ? step.rtl : step.ltr) + radios.length) % radios.length]!;
  to.focus();
  to.click();
}
