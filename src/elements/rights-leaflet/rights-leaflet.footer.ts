import { html, nothing, type TemplateResult } from 'lit';
import { webAddress } from '../../core/contact/web-address.js';
import type { TFunction } from '../../core/i18n/i18n.js';
import { intlLocale } from '../../core/i18n/intl-locale.js';
import type { ContentPackInfo, PackContent } from './rights-leaflet.packs.js';

/**
 * `2026-11-29` as the reader's language writes a date in figures (29/11/2026, 29.11.2026,
 * 2026/11/29), in Latin digits, the same style in every language: month names would be English in a language
 * the browser has no names for (Chrome has no Welsh), so no language gets them.
 */
function numericDate(iso: string, lang: string): string {
  const locale = intlLocale(lang);
  const known = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  return new Intl.DateTimeFormat(known ? locale : intlLocale('en-GB'), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** What the footer is drawn from. */
export interface FooterView {
  t: TFunction;
  lang: string;
  info: ContentPackInfo;
  pack: PackContent;
  /** The translation is a draft (its locale file's `_meta.status`): the footer says so. */
  draft: boolean;
}

/** The pack's version and when it was last checked, its sources (http(s) only), and a note on a draft translation. */
export function leafletFooter({ t, lang, info, pack, draft }: FooterView): TemplateResult {
  const date = info.lastChecked ? numericDate(info.lastChecked, lang) : '';
  const sources = pack.sources.map((source) => webAddress(source)).filter((href): href is string => Boolean(href));
  return html`<footer part="footer" class="footer">
    ${
      info.version || date
        ? html`<p>${date ? t('rights:lastChecked', { version: info.version, date }) : t('rights:version', { version: info.version })}</p>`
        : nothing
    }
    ${
      sources.length
        ? html`<p class="footer__sources-label">${t('rights:sources')}</p>
          <ul class="footer__sources" role="list">
            ${sources.map(
              (href) => html`<li><a href=${href}><bdi dir="ltr">${href.replace(/^https?:\/\//, '').replace(/\/$/, '')}</bdi></a></li>`,
            )}
          </ul>`
        : nothing
    }
    ${draft ? html`<p class="footer__draft">${t('rights:draftTranslation')}</p>` : nothing}
  </footer>`;
}
