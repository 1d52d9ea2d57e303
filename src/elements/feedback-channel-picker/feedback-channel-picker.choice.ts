import { html, nothing, type TemplateResult } from 'lit';
import { onRadioArrowKey } from '../../core/form/radio-arrows.js';
import { checkedState } from '../../core/hydration-safe.js';
import type { TFunction } from '../../core/i18n/i18n.js';
import type { FeedbackChannel } from './feedback-channel-picker.channels.js';

/** What the question and its channels are drawn from. */
export interface ChoiceView {
  t: TFunction;
  /** The channels that can work, in the order asked for. */
  channels: FeedbackChannel[];
  value: FeedbackChannel | null;
  /** A required choice is missing and the error is to be shown. */
  missing: boolean;
  disabled: boolean;
  /** `sms` and `email` ask for a number or address (there is an endpoint) rather than offer links. */
  requests: boolean;
  onChange(event: Event): void;
  /** What choosing `channel` reveals under it. */
  reveal(channel: FeedbackChannel): TemplateResult;
}

/** The question: a fieldset of native radios, each followed by what choosing it reveals. */
export function channelChoice(view: ChoiceView): TemplateResult {
  const { t, missing } = view;
  return html`<fieldset
    part="fieldset"
    class=${missing ? 'group group--error' : 'group'}
    ?disabled=${view.disabled}
    aria-describedby="channel-hint${missing ? ' channel-error' : ''}"
  >
    <legend part="legend" class="legend">${t('channel:legend')}</legend>
    <p id="channel-hint" class="hint">${t('channel:hint')}</p>
    ${
      missing
        ? html`<p id="channel-error" class="error-message" part="error-message">
          <span class="visually-hidden">${t('common:errorPrefix')}</span> ${t('channel:required')}
        </p>`
        : nothing
    }
    <div class="options" part="options" @keydown=${onRadioArrowKey}>${view.channels.map((channel) => option(view, channel))}</div>
  </fieldset>`;
}

function option(view: ChoiceView, channel: FeedbackChannel): TemplateResult {
  const { t } = view;
  const chosen = view.value === channel;
  const hintKey = channel === 'web' || channel === 'phone' ? channel : `${channel}${view.requests ? 'Request' : 'Link'}`;
  // GOV.UK's conditional reveal, without its aria-expanded: ARIA does not allow it on a radio
  // (axe's aria-allowed-attr), and Chromium drops it, so Chrome and TalkBack users heard nothing.
  // The revealed content comes straight after its radio in the reading order instead, so the
  // next thing a screen reader reads after choosing is what the choice showed. aria-controls is
  // allowed on any element and points to it.
  return html`<div class="option" part="option">
      <input
        type="radio"
        id="channel-${channel}"
        name="channel"
        .value=${channel}
        ?checked=${chosen}
        ${checkedState(chosen)}
        aria-describedby="channel-${channel}-hint"
        aria-controls="reveal-${channel}"
        @change=${view.onChange}
      />
      <label for="channel-${channel}">${t(`channel:options.${channel}`)}</label>
      <p id="channel-${channel}-hint" class="hint option__hint">${t(`channel:optionHints.${hintKey}`)}</p>
    </div>
    <div id="reveal-${channel}" class="reveal" part="reveal" ?hidden=${!chosen}>${view.reveal(channel)}</div>`;
}
