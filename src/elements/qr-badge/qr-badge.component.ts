import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { oneOf } from '../../core/attributes.js';
import { IN_SENTENCE, inSentence } from '../../core/i18n/in-sentence.js';
import { LocalizedElement } from '../../core/i18n/localized-element.js';
import { encodeQr, QrEncodeError, type QrCodeDrawing, type QrEncodeErrorReason, type QrErrorCorrection } from '../../core/qr/qr-encode.js';
import { warnOnce } from '../../core/warn.js';
import { composite, contrastRatio, hex, luminance, resolveColour, type Rgba } from './qr-colours.js';
import { fileSlug, pngFile, svgFile, type QrColours } from './qr-files.js';
import { qrTarget, type QrTarget } from './qr-target.js';
import { styles } from './qr-badge.styles.js';
import { addEnglish } from '../../core/i18n/english.js';
import qr from '../../locales/en.json?ns=qr';

export type { QrErrorCorrection, QrEncodeErrorReason };

addEnglish({ qr });

const TAG = 'qr-badge';
const DEFAULT_SIZE = '10rem';
/** A plain CSS length, the only sizes a server render accepts (it has no `CSS.supports`). */
const SERVER_LENGTH = /^(?:\d+(?:\.\d+)?|\.\d+)(?:px|r?em|cm|mm|q|in|pt|pc|ch|ex|vw|vh|vmin|vmax|vi|vb|%)$/i;
const CORRECTIONS: readonly QrErrorCorrection[] = ['L', 'M', 'Q', 'H'];
/** Below this contrast many phone cameras stop finding the code. */
const MIN_CONTRAST = 4;
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** `detail` of the `qr-error` event. */
export interface QrErrorDetail {
  /** `empty`: nothing to encode; `too-long`: more than a QR code holds at this error correction. */
  reason: QrEncodeErrorReason;
  /** The value that could not be encoded. */
  value: string;
}

/**
 * A QR code that always scans and always offers another way in: an inline SVG with the four-module
 * quiet zone the standard asks for, a name that says what scanning opens, and the address written
 * out under it for people who cannot or would rather not scan. Optionally offers the code as SVG
 * and PNG files for print.
 *
 * @tagname qr-badge
 * @summary A scannable QR code with its address written out.
 *
 * @fires {CustomEvent<QrErrorDetail>} qr-error - The value is empty or too long to encode; the element shows why instead of a code.
 *
 * @slot - Fallback content shown until the element loads, e.g. the address as a link.
 *
 * @csspart base - The wrapper of everything the element draws; carries `lang` and `dir`.
 * @csspart badge - The code with its address: a column on screen, a row (address beside the code) in print.
 * @csspart code - The QR code (an `<svg>`).
 * @csspart error-message - Shown in place of the code when the value cannot be encoded.
 * @csspart address - The address written out under the code.
 * @csspart link - The address as a link (http(s), `tel:`, `sms:` and `mailto:` only).
 * @csspart downloads - The group of download buttons.
 * @csspart download-button - Each download button.
 *
 * @cssprop --vce-qr-color - Colour of the code's dark modules. Keep it darker than the background: many scanners cannot read inverted codes.
 * @cssprop --vce-qr-background - Colour of the light modules and the quiet zone. Keep it opaque and at least 4:1 against the code.
 */
export class QrBadge extends LocalizedElement {
  static override styles = styles;

  /** What the code holds, usually an address (`https://…`, `tel:…`). Leading and trailing spaces are ignored. */
  @property() value = '';

  /** The code's accessible name and the name of downloaded files. By default a translated sentence says what scanning opens. */
  @property() label?: string;

  /**
   * Width and height on screen, as a CSS length (`10rem`, `3cm`). So that it scans, the code is
   * never drawn smaller than 3 CSS pixels per module on screen; in print, never smaller than
   * 0.33 mm per module, quiet zone included, and never under 25 mm. Invalid lengths warn once and
   * use `10rem`.
   */
  @property() size = '10rem';

  /** How much of the code can be damaged and still scan: `L`, `M`, `Q` or `H` (about 7, 15, 25 and 30 %). Higher levels make denser codes. */
  @property({ attribute: 'error-correction' }) errorCorrection: QrErrorCorrection = 'M';

  /** Hides the address written under the code. Only for pages that already show it nearby. */
  @property({ type: Boolean, attribute: 'hide-url', reflect: true }) hideUrl = false;

  /** Offers "Download SVG" and "Download PNG" buttons (hidden in print): the PNG at least 1000 px with whole pixels per module, both files named after `label`. */
  @property({ type: Boolean, reflect: true }) downloadable = false;

  @query('svg.code path') private codePath?: SVGPathElement;
  @query('svg.code rect') private codeBackground?: SVGRectElement;

  /** The encoding of `value` at `errorCorrection`, worked out once per pair. */
  private encoded?: { key: string; result: QrCodeDrawing | QrEncodeError };
  private reportedError?: string;
  private trimmed = '';
  /** `error-correction` as used: `L`, `M`, `Q` or `H` (an unknown value warns once and is `M`). */
  private correction: QrErrorCorrection = 'M';
  private cssSize = DEFAULT_SIZE;
  private target: QrTarget = { kind: 'text' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) this.cssSize = this.validSize(this.size);
    if (changed.has('value') || changed.has('errorCorrection')) {
      this.trimmed = (this.value ?? '').trim();
      this.correction = oneOf(TAG, 'error-correction', String(this.errorCorrection ?? '').toUpperCase(), CORRECTIONS, 'M');
      this.target = qrTarget(this.trimmed);
      const key = `${this.correction}\n${this.trimmed}`;
      if (this.encoded?.key !== key) this.encoded = { key, result: this.encode() };
    }
  }

  private encode(): QrCodeDrawing | QrEncodeError {
    try {
      return encodeQr(this.trimmed, this.correction);
    } catch (error) {
      if (error instanceof QrEncodeError) return error;
      throw error;
    }
  }

  private validSize(size: string | null | undefined): string {
    const wanted = String(size ?? '').trim();
    if (wanted && (isServer ? SERVER_LENGTH.test(wanted) : CSS.supports('width', wanted))) return wanted;
    warnOnce(`<${TAG}> size="${String(size)}" is not a CSS length; using ${DEFAULT_SIZE}.`);
    return DEFAULT_SIZE;
  }

  protected override updated(): void {
    // Set through the CSSOM, which a strict Content-Security-Policy allows, where a `style`
    // attribute (what Lit's styleMap writes on first render) would be blocked.
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    base?.style.setProperty('--_size', this.cssSize);
    base?.style.setProperty('--_modules', this.moduleCount());
    const result = this.encoded?.result;
    if (result instanceof QrEncodeError) {
      if (this.reportedError !== this.encoded!.key) {
        this.reportedError = this.encoded!.key;
        warnOnce(
          result.reason === 'empty'
            ? `<${TAG}> has no value to encode.`
            : `<${TAG}> value is too long for a QR code at error correction ${this.correction} (${this.trimmed.length} characters): use a shorter address or a lower error correction.`,
        );
        this.dispatchEvent(
          new CustomEvent<QrErrorDetail>('qr-error', {
            bubbles: true,
            composed: true,
            detail: { reason: result.reason, value: this.trimmed },
          }),
        );
      }
      return;
    }
    this.reportedError = undefined;
    this.checkColours();
  }

  /** The colours the code is drawn in, as the page's CSS resolves them. */
  private colours(): QrColours | null {
    if (!this.codePath || !this.codeBackground) return null;
    const code = resolveColour(getComputedStyle(this.codePath).fill);
    const background = resolveColour(getComputedStyle(this.codeBackground).fill);
    return code && background ? { code, background } : null;
  }

  private checkColours(): void {
    const colours = this.colours();
    if (!colours) return;
    const named = `--vce-qr-color ${hex(colours.code)} on --vce-qr-background ${hex(colours.background)}`;
    if (colours.background.a < 1) {
      warnOnce(`<${TAG}> ${named}: the background is not opaque, so the quiet zone takes the page's colour. Make it solid.`);
    }
    // What a camera sees: the background over a light page, the code over that.
    const background = composite(colours.background, WHITE);
    const code = composite(colours.code, background);
    if (luminance(code) > luminance(background)) {
      warnOnce(
        `<${TAG}> ${named}: the code is lighter than its background. Many scanners cannot read inverted codes; make the code dark on light.`,
      );
      return;
    }
    const ratio = contrastRatio(code, background);
    if (ratio < MIN_CONTRAST) {
      warnOnce(`<${TAG}> ${named}: contrast ${ratio.toFixed(2)}:1 is below ${MIN_CONTRAST}:1; many phones will not scan it.`);
    }
  }

  private accessibleName(): string {
    if (this.label?.trim()) return this.label.trim();
    const { t } = this.locale;
    const target = this.target;
    switch (target.kind) {
      case 'web':
        return t('qr:name.web', { host: target.host });
      case 'call':
      case 'sms':
        return t(`qr:name.${target.kind}`, { number: target.number });
      case 'email':
        return t('qr:name.email', { address: target.address });
      default:
        return t('qr:name.text');
    }
  }

  private async download(format: 'svg' | 'png'): Promise<void> {
    const code = this.encoded?.result;
    const colours = this.colours();
    if (!code || code instanceof QrEncodeError || !colours) return;
    const blob = format === 'svg' ? svgFile(code, colours, this.accessibleName()) : await pngFile(code, colours);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileSlug(this.label)}.${format}`;
    link.hidden = true;
    this.renderRoot.querySelector('.base')?.append(link);
    link.click();
    link.remove();
    // Long enough for the browser to read the file; then the memory is freed.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const result = this.encoded?.result;
    // In the browser the size goes in through the CSSOM (see updated()); a server render has no
    // CSSOM, so it writes the same two properties as a style attribute, and nothing moves on hydration.
    const sized = isServer ? `--_size:${this.cssSize};--_modules:${this.moduleCount()}` : nothing;
    return html`<div part="base" class="base" lang=${lang} dir=${dir} style=${sized}>
      <div part="badge" class="badge">
        ${result instanceof QrEncodeError || !result ? this.renderError(result) : this.renderCode(result)}
        ${this.hideUrl ? nothing : this.renderAddress(result instanceof QrEncodeError)}
      </div>
      ${this.downloadable && result && !(result instanceof QrEncodeError) ? this.renderDownloads() : nothing}
    </div>`;
  }

  private moduleCount(): string {
    const result = this.encoded?.result;
    return result && !(result instanceof QrEncodeError) ? String(result.size) : '0';
  }

  private renderCode(code: QrCodeDrawing): TemplateResult {
    // One path in a viewBox measured in modules: sharp at any size, and the quiet zone is part
    // of the image, so no host padding or border can take it away.
    return html`<svg
      part="code"
      class="code"
      role="img"
      aria-label=${this.accessibleName()}
      viewBox="0 0 ${code.size} ${code.size}"
      shape-rendering="crispEdges"
    >
      <rect width=${code.size} height=${code.size}></rect>
      <path d=${code.path}></path>
    </svg>`;
  }

  private renderError(error: QrEncodeError | undefined): TemplateResult {
    const { t } = this.locale;
    return html`<p part="error-message" class="error">
      ${error?.reason === 'too-long' ? t('qr:errorTooLong') : t('qr:errorEmpty')}
    </p>`;
  }

  private renderAddress(failed: boolean): TemplateResult | typeof nothing {
    if (!this.trimmed) return nothing;
    const target = this.target;
    if (target.kind === 'text') {
      return html`<p part="address" class="address"><bdi>${this.trimmed}</bdi></p>`;
    }
    const { t } = this.locale;
    const sentence = t(`qr:${failed ? 'instead' : 'or'}.${target.kind}`, { address: IN_SENTENCE });
    // Addresses and numbers read left to right even inside Arabic or Urdu text.
    const link = html`<a part="link" href=${target.href}><bdi dir="ltr">${target.address}</bdi></a>`;
    // Too long to encode is usually thousands of characters: a few lines of it say what it is,
    // and the link still goes to the whole address.
    return html`<p part="address" class=${failed ? 'address address--clamped' : 'address'}>
      ${inSentence(sentence, link)}
    </p>`;
  }

  private renderDownloads(): TemplateResult {
    const { t } = this.locale;
    return html`<div part="downloads" class="downloads" role="group" aria-label=${t('qr:downloads')}>
      <button type="button" part="download-button" class="button button--secondary" data-format="svg" @click=${() => this.download('svg')}>
        ${t('qr:downloadSvg')}
      </button>
      <button type="button" part="download-button" class="button button--secondary" data-format="png" @click=${() => this.download('png')}>
        ${t('qr:downloadPng')}
      </button>
    </div>`;
  }
}
