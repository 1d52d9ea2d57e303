import { html, nothing, type TemplateResult } from 'lit';
import { getConfig } from '../../config.js';
import { telHref } from '../../core/contact/phone-number.js';
import type { TFunction } from '../../core/i18n/i18n.js';
import { IN_SENTENCE } from '../../core/i18n/in-sentence.js';
import { sentenceWithNumber } from '../../core/phone.js';
import type { SubmissionController, SubmissionStatus } from '../../core/transport/submission-controller.js';

/** The emergency number in the signposting, a tap-to-call link. */
const EMERGENCY = '999';
/** Ratings at or below this are followed by support signposting. */
const LOW_RATING = 2;

/** What the panel after sending a rating is drawn from. */
export interface RatingOutcomeView {
  t: TFunction;
  lang: string;
  status: SubmissionStatus;
  /** The rating sent. */
  value: number | null;
  /** The host's own line, offered after a low rating and when sending fails. */
  phoneNumber: string | undefined;
  submission: SubmissionController;
}

/** The panel shown once a rating is sent, queued or refused, and support signposting after a low rating. */
export function outcomePanel(view: RatingOutcomeView): TemplateResult {
  const { t, lang, status, phoneNumber } = view;
  const phones = getConfig().phones;
  if (status === 'failed') return view.submission.failedPanel(t, 'rating', phoneNumber || phones.nonEmergency);
  const queued = status === 'queued';
  const heading = queued ? t('rating:queuedHeading') : t('rating:thanksHeading');
  // One template for both, so that the heading the person may be reading stays the same node
  // when a queued rating is delivered.
  const body = queued ? view.submission.queuedSentences(t, lang, 'rating:queuedBody') : [t('rating:thanksBody')];
  const low = view.value !== null && view.value <= LOW_RATING;
  return html`<div class="panel" part="confirmation">
      <h2 class="panel__heading" tabindex="-1" data-focus-on-show>${heading}</h2>
      ${body.map((sentence) => html`<p>${sentence}</p>`)}
    </div>
    ${
      low
        ? html`<div class="signposting" part="signposting">
          <h2 class="signposting__heading">${t('rating:supportHeading')}</h2>
          <p>${t('rating:supportBody')}</p>
          <p>
            <a class="target-link" href=${telHref(phones.victimSupport)}
              ><span>${sentenceWithNumber(t('rating:supportCall', { number: IN_SENTENCE }), phones.victimSupport)}</span></a
            >
          </p>
          ${
            phoneNumber
              ? html`<p>
                <a class="target-link" href=${telHref(phoneNumber)}
                  ><span>${sentenceWithNumber(t('rating:hostLine', { number: IN_SENTENCE }), phoneNumber)}</span></a
                >
              </p>`
              : nothing
          }
          <p>
            <a class="target-link" href=${telHref(EMERGENCY)}><span>${sentenceWithNumber(t('common:emergency'), EMERGENCY)}</span></a>
          </p>
        </div>`
        : nothing
    }`;
}
