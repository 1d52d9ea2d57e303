import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { oneOf } from '../../core/attributes.js';
import { addEnglish } from '../../core/i18n/english.js';
import { LocalizedElement } from '../../core/i18n/localized-element.js';
import exit from '../../locales/en.json?ns=exit';
import { clearOutbox } from '../../core/transport/clear.js';
import { warnOnce } from '../../core/warn.js';
import { webAddress } from '../../core/contact/web-address.js';
import { EXIT_PRESSES, join, leader, leave, pressCount, refresh, reset, type QuickExitMember } from './quick-exit.keys.js';
import { styles } from './quick-exit.styles.js';

addEnglish({ exit });

const TAG = 'quick-exit';

/**
 * Where quick exit goes when the host sets no `href`: a busy, neutral page that gives nothing away
 * on a screen or in the history (the one GOV.UK's own services use).
 */
export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

/** Where the bar sits: `sticky` stays at the top of the viewport as the page scrolls; `static` stays where it is placed. */
export type QuickExitPlacement = 'sticky' | 'static';

type Announcement = Parameters<QuickExitMember['announce']>[0];

/**
 * A way out in a hurry, for a person who may be watched by the one who harmed them: a "Leave this
 * page" button, and Shift pressed 3 times, each within 5 seconds of the last (GOV.UK's "Exit this
 * page"). Either one empties the library's outbox, covers the page at once, and replaces it in
 * the history with a neutral site, so Back does not return to it. Put one on every page that
 * shows the other elements, near the top of `<body>`; more than one on a page still leaves once.
 *
 * While sticky, the bar stays at the top of the viewport and sets the document's
 * `scroll-padding-top` to its height, so a control that takes focus is scrolled into view below
 * the bar, never under it (WCAG 2.4.11 and 2.4.12).
 *
 * @summary "Leave this page": a button and Shift 3 times, replacing the page in the history.
 * @tagname quick-exit
 *
 * @slot - Fallback content shown until the element loads, e.g. `<a href="https://www.bbc.co.uk/weather">Leave this page</a>`.
 *
 * @csspart base - The bar: the strip that holds the button; carries `lang` and `dir`.
 * @csspart button - The "Leave this page" button.
 * @csspart indicator - The three lights on the button that count Shift presses.
 * @csspart overlay - What covers the page while the neutral site loads.
 *
 * @cssprop [--vce-color-error=#d4351c] - Background of the button.
 * @cssprop [--vce-color-focus=#ffdd00] - Focus highlight.
 * @cssprop [--vce-color-background=#ffffff] - Colour that covers the page while leaving.
 * @cssprop [--vce-font-family=system-ui] - Font.
 * @cssprop [--vce-font-size=1.1875rem] - Text size.
 */
export class QuickExit extends LocalizedElement implements QuickExitMember {
  static override styles = styles;

  /** The neutral site to go to (http or https). Default `https://www.bbc.co.uk/weather`; anything else warns once and the default is used. */
  @property() href: string = DEFAULT_EXIT_HREF;

  /** `sticky` (default) keeps the bar at the top of the viewport; `static` leaves it where it is placed in the page. */
  @property({ reflect: true }) placement: QuickExitPlacement = 'sticky';

  /** True once leaving has started: the page is covered while the neutral site loads. */
  @state() private leaving = false;
  @state() private announcement: Announcement = '';

  @query('.bar') private barElement?: HTMLElement;
  @query('dialog') private overlay?: HTMLDialogElement;

  private target = DEFAULT_EXIT_HREF;

  /** @internal The strip holding the button. */
  get bar(): HTMLElement | null {
    return this.barElement ?? null;
  }

  /** @internal */
  get sticky(): boolean {
    return this.placement === 'sticky';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    join(this);
    addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leave(this);
    removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      const checked = webAddress(this.href);
      if (!checked) {
        warnOnce(`<${TAG}> href="${this.href}" is not an http(s) address; leaving goes to ${DEFAULT_EXIT_HREF} instead.`);
      }
      this.target = checked ?? DEFAULT_EXIT_HREF;
    }
    if (changed.has('placement')) this.placement = oneOf(TAG, 'placement', this.placement, ['sticky', 'static'], 'sticky');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('placement')) refresh();
    if (this.leaving && this.overlay && !this.overlay.open) this.overlay.showModal();
  }

  /**
   * Leaves at once: empties the outbox, covers the page, and replaces it in the history with
   * `href`. The button and Shift pressed 3 times call this; a host may call it from its own control.
   */
  exit(): void {
    clearOutbox();
    reset();
    this.leaving = true;
    // Covered before the next page starts loading: on a slow connection the page would otherwise
    // stay readable for seconds. The overlay is a modal dialog, so the page behind it is inert too.
    this.overlay?.showModal();
    this.navigate(this.target);
  }

  /** @internal Says `message` in the status region when this instance leads the page's quick exits. */
  announce(message: Announcement): void {
    this.announcement = message;
  }

  /** Goes to `href` without leaving this page in the history. Tests replace it. */
  protected navigate(href: string): void {
    location.replace(href);
  }

  /** @internal The clock Shift presses are timed on, in milliseconds. Tests replace it. */
  now(): number {
    return performance.now();
  }

  /** Back from the page cache (a browser may keep the page despite `replace`): usable again, not covered. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this.leaving = false;
    this.announcement = '';
    this.overlay?.close();
    reset();
  };

  override render(): TemplateResult {
    const { t, lang, dir } = this.locale;
    const lit = pressCount();
    const leads = leader() === this;
    return html`<div part="base" class="bar" lang=${lang} dir=${dir}>
        <button type="button" part="button" class="button" aria-describedby="hint" @click=${() => this.exit()}>
          <span class="button__text">${t('exit:button')}</span>
          <span part="indicator" class=${lit ? 'indicator indicator--on' : 'indicator'} aria-hidden="true"
            >${Array.from({ length: EXIT_PRESSES }, (_, i) => html`<span class=${i < lit ? 'light light--on' : 'light'}></span>`)}</span
          >
        </button>
        <span id="hint" class="visually-hidden">${t('exit:hint')}</span>
        ${leads ? html`<span class="visually-hidden" role="status">${this.announcement ? t(`exit:${this.announcement}`) : ''}</span>` : nothing}
      </div>
      <dialog part="overlay" class="overlay" lang=${lang} dir=${dir} aria-labelledby="leaving" @cancel=${(e: Event) => e.preventDefault()}>
        <p id="leaving" class="overlay__text" role="alert">${this.leaving ? t('exit:leaving') : ''}</p>
      </dialog>`;
  }
}
