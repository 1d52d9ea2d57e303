import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { integerInRange } from '../../core/attributes.js';
import { webAddress } from '../../core/contact/web-address.js';
import { dependencyTag, type Dependencies } from '../../core/dependencies.js';
import { IN_SENTENCE } from '../../core/i18n/in-sentence.js';
import { formatNumber } from '../../core/i18n/intl-locale.js';
import { LocalizedElement } from '../../core/i18n/localized-element.js';
import { HoursText } from '../../core/opening-hours-text.js';
import { parseOpeningHours, type OpeningHours } from '../../core/opening-hours.js';
import { sentenceWithNumber } from '../../core/phone.js';
import { warnOnce } from '../../core/warn.js';
import { QrBadge } from '../qr-badge/qr-badge.component.js';
import { QuickExit } from '../quick-exit/quick-exit.component.js';
import { leafletFooter } from './rights-leaflet.footer.js';
import { heading } from './rights-leaflet.heading.js';
import { LanguageSwitchController } from './rights-leaflet.languages.js';
import {
  contentPack,
  DEFAULT_PACK,
  onContentPackRegistered,
  readPack,
  type ContentPackInfo,
  type PackContent,
  type PackRight,
  type PackService,
} from './rights-leaflet.packs.js';
import { PrintExpansionController } from './rights-leaflet.print.js';
import { styles } from './rights-leaflet.styles.js';
import { addEnglish } from '../../core/i18n/english.js';
import rights from '../../locales/en.json?ns=rights';

addEnglish({ rights });

export type { LanguageChangeDetail } from './rights-leaflet.languages.js';

const TAG = 'rights-leaflet';
const DEFAULT_HEADING_LEVEL = 2;

/**
 * The rights a victim of crime has under the Victims' Code, in plain language and the person's
 * own language: each right a heading with a short summary and details behind a native disclosure,
 * who the Code covers, extra help, how to complain, who to call, and a QR code to the host's
 * feedback page. The text is a content pack (data, not code), so another jurisdiction or a new
 * Code is a new pack. Prints as an A4 leaflet of at most two sides.
 *
 * @summary Your rights under the Victims' Code, on screen and on paper.
 * @tagname rights-leaflet
 *
 * @fires {CustomEvent<LanguageChangeDetail>} language-change - The person chose another language with the switcher.
 *
 * @slot - Fallback content shown until the element loads, e.g. a link to gov.uk/victims-code.
 *
 * @csspart base - The wrapper of everything the element draws; carries `lang` and `dir`.
 * @csspart quick-exit - The `<quick-exit>` bar with the "Leave this page" button (its own parts are exported as `quick-exit-button` and `quick-exit-overlay`).
 * @csspart languages - The language switcher.
 * @csspart language-button - Each language in the switcher.
 * @csspart leaflet - The leaflet itself (an `<article>`).
 * @csspart title - The leaflet's top heading.
 * @csspart emergency - The "If you are in danger now" callout.
 * @csspart contact - The host's own phone line and opening times.
 * @csspart rights - The list of rights.
 * @csspart right - One right: heading, summary and details.
 * @csspart details - The disclosure (`<details>`) of one right.
 * @csspart section - Each further section (who the Code covers, extra help, how to complain, support).
 * @csspart service - One support service with its numbers.
 * @csspart feedback - The feedback invitation with its QR code.
 * @csspart footer - Version, last-checked date and sources.
 *
 * @cssprop --vce-color-secondary-text - Secondary text colour (footer).
 * @cssprop --vce-color-brand - Links, rule lines and panel accents.
 * @cssprop --vce-leaflet-rule-color - Lines between rights and around services.
 * @cssprop --vce-color-error - Background of the "Leave this page" button (set by `<quick-exit>`).
 * @cssprop --vce-color-button - Background of the "Give feedback" button.
 * @cssprop --vce-font-size - Base text size on screen (print uses its own).
 * @cssprop --vce-leaflet-max-width - Widest the leaflet grows on screen.
 */
export class RightsLeaflet extends LocalizedElement {
  static override styles = styles;

  /**
   * The elements the leaflet draws, by their default tags. Each is drawn under its default tag
   * where that is this class, else under the tag a host gave it, else under `<leaflet's tag>-<tag>`,
   * defined when first needed: so a leaflet registered under a host's own name from `classes.js`
   * still shows its QR code and quick exit.
   */
  static dependencies: Dependencies = { 'qr-badge': QrBadge, 'quick-exit': QuickExit };

  /** Address of the host's feedback page: shown as a link and a QR code with the address written out. http(s) only; relative addresses resolve against the page. Others warn and show no feedback section. */
  @property({ attribute: 'feedback-href' }) feedbackHref?: string;

  /** The host's name, as people know it ("Metropolitan Police"). Used in the contact section. */
  @property() organisation?: string;

  /** The host's own phone line for victims, e.g. a victim care desk. */
  @property({ attribute: 'phone-number' }) phoneNumber?: string;

  /** The line's opening times, e.g. `Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00` (UK time), shown in the reader's language. Text it cannot read is shown as written, untranslated, with a warning. */
  @property({ attribute: 'phone-hours' }) phoneHours?: string;

  /** Languages to offer in a switcher, space-separated (`en cy pl ar`), each shown in its own name. Two or more show the switcher. */
  @property() languages?: string;

  /** Level of the leaflet's top heading, 1 to 6, to fit the host page's outline. Sections are one level below, rights two below (past 6: `role="heading"` with `aria-level`). Invalid values warn once and use 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** Id of the content pack to show. Add others with `registerContentPack()`; unknown ids warn once and show the default until registered. */
  @property() content = DEFAULT_PACK;

  /**
   * A neutral site (http(s)) to go to at once: the leaflet shows a `<quick-exit>` bar ("Leave this
   * page", Shift pressed 3 times) going there. Leave it unset when the page has its own `<quick-exit>`.
   */
  @property({ attribute: 'quick-exit-href' }) quickExitHref?: string;

  /** `heading-level` as used: 1 to 6. */
  private headingLevelUsed = DEFAULT_HEADING_LEVEL;
  private exitHref: string | null = null;
  private feedback: string | null = null;
  /** The content pack shown: `content`'s, or the default one while that is not registered. */
  private packInfo: ContentPackInfo = contentPack(DEFAULT_PACK)!;
  /** `phone-hours` read, or null where none are given or they cannot be read (then shown as written). */
  private hours: OpeningHours | null = null;
  private readonly switcher = new LanguageSwitchController(this, this.locale);
  private readonly printing = new PrintExpansionController(this);
  private stopListening?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onContentPackRegistered(() => {
      this.packInfo = this.resolvePack();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      this.headingLevelUsed = integerInRange(TAG, 'heading-level', this.headingLevel, 1, 6, DEFAULT_HEADING_LEVEL);
    }
    if (changed.has('quickExitHref')) {
      this.exitHref = webAddress(this.quickExitHref);
      if (this.quickExitHref && !this.exitHref) {
        warnOnce(`<${TAG}> quick-exit-href="${this.quickExitHref}" is not an http(s) address; quick exit is off.`);
      }
    }
    if (changed.has('feedbackHref')) {
      this.feedback = webAddress(this.feedbackHref);
      if (this.feedbackHref && !this.feedback) {
        warnOnce(`<${TAG}> feedback-href="${this.feedbackHref}" is not an http(s) address; no feedback link is shown.`);
      }
    }
    if (changed.has('languages')) this.switcher.read(this.languages);
    if (changed.has('content')) this.packInfo = this.resolvePack();
    if (changed.has('phoneHours')) {
      const written = this.phoneHours?.trim();
      this.hours = written ? parseOpeningHours(written) : null;
      if (written && !this.hours) {
        warnOnce(
          `<${TAG}> phone-hours="${written}" is not in the form "Mo-Fr 08:00-20:00; Sa 09:00-13:00"; it is shown as written, untranslated.`,
        );
      }
    }
  }

  /** The pack to show: the one named by `content`, or the default one (with a warning) when it is not registered. */
  private resolvePack(): ContentPackInfo {
    const chosen = contentPack(this.content);
    if (chosen) return chosen;
    warnOnce(`<${TAG}> content="${this.content}" is not a registered content pack; showing ${DEFAULT_PACK}. See registerContentPack().`);
    return contentPack(DEFAULT_PACK)!;
  }

  /**
   * Prints the leaflet with every detail open, then closes again what was closed. Ctrl+P and the
   * browser's print menu do the same through `beforeprint` and `afterprint`.
   */
  print(): void {
    this.printing.print();
  }

  /** Leaves for `quick-exit-href` at once, as its "Leave this page" button does (see `<quick-exit>`'s `exit()`). */
  quickExit(): void {
    this.renderRoot.querySelector<QuickExit>(this.tagOf('quick-exit'))?.exit();
  }

  /** The tag `defaultTag` (one of `dependencies`) is drawn under inside this leaflet. */
  private tagOf(defaultTag: keyof typeof RightsLeaflet.dependencies & string): string {
    return dependencyTag(this.localName, defaultTag, RightsLeaflet.dependencies[defaultTag]!);
  }

  /** `defaultTag` as a tag to draw with `staticHtml` (a custom element name, checked: never text from outside). */
  private staticTag(defaultTag: string): ReturnType<typeof unsafeStatic> {
    const tag = this.tagOf(defaultTag);
    if (!/^[a-z][a-z0-9._]*(-[a-z0-9._]*)+$/.test(tag)) throw new Error(`Not a custom element name: ${tag}`);
    return unsafeStatic(tag);
  }

  override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const info = this.packInfo;
    const pack = readPack(this.locale.bundles(info.namespace));
    const level = this.headingLevelUsed;
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      ${this.renderQuickExit()} ${this.switcher.render()}
      <article part="leaflet" class="leaflet" aria-labelledby="title">
        ${heading(level, pack.title, 'title', 'title', 'title')}
        ${pack.intro.map((paragraph) => html`<p class="intro">${paragraph}</p>`)} ${this.renderEmergency(pack)}
        ${this.renderContact(level + 1)} ${this.renderRights(pack, level + 1)}
        <div class="sections">
          ${pack.sections.map(
            (section) => html`<section part="section" class="section section--${section.id}">
              ${heading(level + 1, section.heading, 'section__heading')}
              ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
              ${section.services.length ? this.renderServices(section.services) : nothing}
            </section>`,
          )}
        </div>
        ${this.renderSupport(pack, level + 1)}
        ${this.renderFeedback(level + 1)}
        ${leafletFooter({ t: this.locale.t, lang, info, pack, draft: this.locale.meta('status') === 'draft' })}
      </article>
    </div>`;
  }

  private renderQuickExit(): TemplateResult | typeof nothing {
    if (!this.exitHref) return nothing;
    const tag = this.staticTag('quick-exit');
    return staticHtml`<${tag}
      part="quick-exit"
      class="quick-exit"
      exportparts="button: quick-exit-button, overlay: quick-exit-overlay"
      href=${this.exitHref}
    ></${tag}>`;
  }

  private renderEmergency(pack: PackContent): TemplateResult | typeof nothing {
    const emergency = pack.services.find((service) => service.id === 'emergency');
    if (!emergency?.phone) return nothing;
    const { t } = this.locale;
    return html`<p part="emergency" class="emergency">
      ${sentenceWithNumber(t('rights:emergency', { number: IN_SENTENCE }), emergency.phone, true)}
    </p>`;
  }

  private renderContact(level: number): TemplateResult | typeof nothing {
    const number = this.phoneNumber?.trim();
    if (!number) return nothing;
    const { t } = this.locale;
    const organisation = this.organisation?.trim();
    const title = organisation ? t('rights:contactHeadingOrganisation', { organisation }) : t('rights:contactHeading');
    const call = organisation
      ? t('rights:callOrganisation', { organisation, number: IN_SENTENCE })
      : t('rights:callUs', { number: IN_SENTENCE });
    return html`<section part="contact" class="contact">
      ${heading(level, title, 'section__heading')}
      <p>${sentenceWithNumber(call, number, true)}</p>
      ${this.renderHours()}
    </section>`;
  }

  private renderHours(): TemplateResult | typeof nothing {
    const written = this.phoneHours?.trim();
    if (!written) return nothing;
    const { t } = this.locale;
    const hours = this.hours;
    if (!hours) return html`<p>${t('rights:hours', { hours: written })}</p>`;
    return html`<p class="hours__heading">${t('rights:hoursHeading')}</p>
      <ul class="hours" role="list">
        ${new HoursText(t, this.locale.lang).lines(hours).map((line) => html`<li>${t('rights:hoursRow', { days: line.days, times: line.times })}</li>`)}
      </ul>`;
  }

  private renderRights(pack: PackContent, level: number): TemplateResult | typeof nothing {
    if (!pack.rights.length) return nothing;
    return html`<section class="section section--rights">
      ${heading(level, pack.rightsHeading, 'section__heading')}
      <ol part="rights" class="rights" role="list">
        ${pack.rights.map((right, index) => this.renderRight(right, index + 1, level + 1))}
      </ol>
    </section>`;
  }

  private renderRight(right: PackRight, number: number, level: number): TemplateResult {
    const { t, lang } = this.locale;
    const n = formatNumber(number, lang);
    return html`<li part="right" class="right" data-right=${right.id}>
      ${heading(
        level,
        html`<span class="right__number">${t('rights:rightNumber', { n })}</span>
          <span class="right__title">${right.title}</span>`,
        'right__heading',
      )}
      ${right.summary ? html`<p class="right__summary">${right.summary}</p>` : nothing}
      ${
        right.details.length
          ? html`<details part="details" class="right__details">
            <summary>
              <span class="summary__text">${t('rights:moreAbout')}</span><span class="visually-hidden">: ${right.title}</span>
            </summary>
            <ul class="right__list">
              ${right.details.map((detail) => html`<li>${detail}</li>`)}
            </ul>
          </details>`
          : nothing
      }
    </li>`;
  }

  private renderSupport(pack: PackContent, level: number): TemplateResult | typeof nothing {
    // A service already shown in a section (the Ombudsman under "How to complain") is not repeated.
    const shown = new Set(pack.sections.flatMap((section) => section.services.map((service) => service.id)));
    const services = pack.services.filter((service) => !shown.has(service.id));
    if (!services.length) return nothing;
    return html`<section part="section" class="section section--services">
      ${heading(level, pack.servicesHeading, 'section__heading')}
      ${pack.servicesIntro.map((paragraph) => html`<p>${paragraph}</p>`)} ${this.renderServices(services)}
    </section>`;
  }

  private renderServices(services: PackService[]): TemplateResult {
    const { t } = this.locale;
    return html`<ul class="services" role="list">
      ${services.map(
        (service) => html`<li part="service" class="service" data-service=${service.id}>
          <p class="service__name">${service.name}</p>
          ${
            service.phone
              ? html`<p class="service__phone">${sentenceWithNumber(t('rights:call', { number: IN_SENTENCE }), service.phone, true)}</p>`
              : nothing
          }
          ${
            service.textphone
              ? html`<p class="service__phone">
                ${sentenceWithNumber(t('rights:textphone', { number: IN_SENTENCE }), service.textphone, true)}
              </p>`
              : nothing
          }
          ${service.note ? html`<p class="service__note">${service.note}</p>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderFeedback(level: number): TemplateResult | typeof nothing {
    if (!this.feedback) return nothing;
    const { t } = this.locale;
    // The code gets the leaflet's language as its own lang: a server render cannot see ancestors.
    return html`<section part="feedback" class="section feedback">
      ${heading(level, t('rights:feedbackHeading'), 'section__heading')}
      <p>${t('rights:feedbackBody')}</p>
      <p class="feedback__link"><a class="button" href=${this.feedback}>${t('rights:feedbackLink')}</a></p>
      <p class="feedback__scan">${t('rights:feedbackScan')}</p>
      ${this.renderCode(this.feedback)}
    </section>`;
  }

  private renderCode(value: string): TemplateResult {
    const tag = this.staticTag('qr-badge');
    return staticHtml`<${tag} class="feedback__code" lang=${this.locale.lang} value=${value} label=${this.locale.t('rights:feedbackQrLabel')} size="8rem"></${tag}>`;
  }
}
