import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { directionOf } from '../../core/i18n/direction.js';
import { canonicalLocale } from '../../core/i18n/i18n.js';
import type { LocaleController } from '../../core/i18n/locale-controller.js';

/** `detail` of the `language-change` event. */
export interface LanguageChangeDetail {
  /** The language the leaflet now shows (BCP 47). */
  lang: string;
}

/** Names the browser cannot give, being loaded from the language's own locale file. */
const namesLoading = new Set<string>();

/**
 * A language's name in that language (`cy` → `Cymraeg`), capitalised as a label. Browsers ship
 * names for most languages but not all (Chrome has no Welsh or Somali names): then the name the
 * translator wrote in the locale file's `_meta.name` is used, once that file is loaded (`loaded`
 * is called then).
 */
export function ownName(lang: string, locale: LocaleController, loaded: () => void): string {
  const capitalised = (name: string) => name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  try {
    if (Intl.DisplayNames.supportedLocalesOf([lang]).length) {
      return capitalised(new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang);
    }
  } catch {
    // An odd tag: fall through to the locale file.
  }
  const written = locale.meta('name', lang);
  if (written) return written;
  if (!namesLoading.has(lang)) {
    namesLoading.add(lang);
    void locale.load(lang).then(loaded);
  }
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * The leaflet's language switcher: the languages offered (from `languages`), each a button in its
 * own name and script, and the switch itself, which stays inside the element (the host's own
 * `lang` attributes are left alone) and is told with `language-change`.
 */
export class LanguageSwitchController implements ReactiveController {
  /** The languages offered, canonical and without repeats. */
  languages: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly locale: LocaleController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads `languages` (space-separated tags); an invalid tag warns once and is left out. */
  read(languages: string | undefined): void {
    const tags = (languages ?? '').split(/\s+/).filter(Boolean);
    this.languages = [...new Set(tags.map((tag) => canonicalLocale(tag)).filter((tag): tag is string => Boolean(tag)))];
  }

  /** Shows the leaflet in `lang`, then fires `language-change`. */
  async choose(lang: string): Promise<void> {
    await this.locale.choose(lang);
    await this.host.updateComplete;
    this.host.dispatchEvent(
      new CustomEvent<LanguageChangeDetail>('language-change', { detail: { lang: this.locale.lang }, bubbles: true, composed: true }),
    );
  }

  /** The switcher, or nothing with fewer than two languages. */
  render(): TemplateResult | typeof nothing {
    if (this.languages.length < 2) return nothing;
    const { t, lang } = this.locale;
    // Buttons, not a <select>: each language is one press away and written in its own script,
    // and changing a select's value must not change the page under the person (WCAG 3.2.2).
    return html`<div part="languages" class="languages" role="group" aria-labelledby="languages-label">
      <span id="languages-label" class="visually-hidden">${t('rights:languages')}</span>
      <ul class="languages__list" role="list">
        ${this.languages.map((code) => {
          const current = code === lang || code.startsWith(`${lang}-`);
          return html`<li>
            <button
              type="button"
              part="language-button"
              class="languages__button"
              lang=${code}
              dir=${directionOf(code)}
              aria-pressed=${current ? 'true' : 'false'}
              @click=${() => this.choose(code)}
            >
              ${ownName(code, this.locale, () => this.host.requestUpdate())}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }
}
