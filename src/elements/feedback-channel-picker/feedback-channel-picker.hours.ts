import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TFunction } from '../../core/i18n/i18n.js';
import { HoursText } from '../../core/opening-hours-text.js';
import { parseOpeningHours, type OpeningHours } from '../../core/opening-hours.js';
import { warnOnce } from '../../core/warn.js';

/**
 * The victim line's opening hours: read from `phone-hours`, drawn as a list with "Open now" or
 * "Closed now", and redrawn on each new minute while the element is on the page, so the status
 * does not go stale on a page left open.
 */
export class OpeningHoursController implements ReactiveController {
  /** The hours read, or null when none are given or they cannot be read. */
  hours: OpeningHours | null = null;
  private tick?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tag: string,
  ) {
    host.addController(this);
  }

  /** Reads `phone-hours`; hours that cannot be read warn once and are not shown. */
  read(written: string | undefined): void {
    const text = written?.trim() ?? '';
    this.hours = text ? parseOpeningHours(text) : null;
    if (text && !this.hours) {
      warnOnce(
        `<${this.tag}> phone-hours="${text}" cannot be read; no hours are shown. Write them like "Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00".`,
      );
    }
    this.schedule();
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.tick);
  }

  private schedule(): void {
    clearTimeout(this.tick);
    if (!this.hours || !this.connected) return;
    // Redraw on the next minute, so "Open now" does not go stale on a page left open.
    const wait = 60_000 - (Date.now() % 60_000) + 50;
    this.tick = setTimeout(() => {
      this.host.requestUpdate();
      this.schedule();
    }, wait);
  }

  /** The opening times and whether the line is open at `now`, or nothing without hours. */
  render(t: TFunction, lang: string, now: Date): TemplateResult | typeof nothing {
    const hours = this.hours;
    if (!hours) return nothing;
    const text = new HoursText(t, lang);
    return html`<div class="hours" part="hours">
      <h3 class="hours__heading">${t('channel:hoursHeading')}</h3>
      <dl class="hours__list">
        ${text.lines(hours).map((line) => html`<div class="hours__row"><dt>${line.days}</dt><dd>${line.times}</dd></div>`)}
      </dl>
      <p class="open-status" part="open-status">${text.status(hours, now)}</p>
      <p class="hint">${t('channel:hoursNote')}</p>
    </div>`;
  }
}
