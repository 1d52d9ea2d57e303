import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from './i18n/i18n.js';
import { warnOnce } from './warn.js';
import { webAddress } from './contact/web-address.js';

/**
 * `privacy-href` as an address to link (http(s), or relative to the page), or null; anything
 * else (`javascript:`, `data:`) warns once and is not linked.
 */
export function privacyAddress(tag: string, raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  const href = webAddress(raw);
  if (!href) warnOnce(`<${tag}> privacy-href="${raw}" is not an http(s) or relative address; no privacy link is shown.`);
  return href;
}

/**
 * "How we use your information", beside the button that sends personal data: UK GDPR (art. 13)
 * wants the controller's privacy information at the point of collection. It opens in the same
 * tab, not a new one: a tab left open behind the person would survive a quick exit.
 */
export function privacyLink(href: string | null, t: TFunction): TemplateResult | typeof nothing {
  if (!href) return nothing;
  return html`<p class="privacy">
    <a class="privacy__link" part="privacy-link" href=${href}>${t('common:privacyLink')}</a>
  </p>`;
}
