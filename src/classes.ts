/**
 * The element classes and `configure`, with nothing registered: for hosts that define the
 * elements under their own tag names, or scope them to a registry.
 */
export { RatingScale } from './elements/rating-scale/rating-scale.component.js';
export { QrBadge, type QrErrorDetail, type QrErrorCorrection, type QrEncodeErrorReason } from './elements/qr-badge/qr-badge.component.js';
export {
  FeedbackChannelPicker,
  type ChannelChangeDetail,
  type ChannelPickerStatus,
  type FeedbackChannel,
} from './elements/feedback-channel-picker/feedback-channel-picker.component.js';
export { RightsLeaflet, type LanguageChangeDetail } from './elements/rights-leaflet/rights-leaflet.component.js';
export { QuickExit, DEFAULT_EXIT_HREF, type QuickExitPlacement } from './elements/quick-exit/quick-exit.component.js';
export { registerContentPack, type ContentPackInfo } from './elements/rights-leaflet/rights-leaflet.packs.js';
export { configure, type ConfigureOptions, type PhoneNumbers, type OutboxStorage, type RetryOptions } from './config.js';
export { defineElement } from './define.js';
export type {
  DeliveryState,
  FeedbackErrorDetail,
  FeedbackQueuedDetail,
  FeedbackSentDetail,
  FeedbackSubmitDetail,
  QueuedReason,
} from './core/transport/delivery.js';
export type { ContactRequestPayload, FeedbackPayload, RatingPayload } from './schema/victim-feedback-1.js';
export { clearOutbox } from './core/transport/clear.js';
export { loadLanguages } from './core/i18n/i18n.js';
