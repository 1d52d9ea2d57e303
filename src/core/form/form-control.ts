import { isServer, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../i18n/localized-element.js';

/** What a control reports about its validity: the flags, a translated message, and where to focus. */
export interface ValidityReport {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement;
}

/**
 * Form association shared by every control in the library (ElementInternals): the `value` property
 * and attribute, the value in a host form's FormData under `name`, constraint validation with
 * translated messages, form reset to the `value` attribute, state restore after Back/refresh, and a
 * `<fieldset disabled>` ancestor. An element supplies `readValue()` (what a value set from outside
 * means), `offers()` (whether a value can be chosen now) and `validityReport()`, and documents its
 * own values with `@prop value` in its class JSDoc (custom-elements.json takes it from there).
 *
 * Events behave as a native control's, for frameworks that bind to them (Vue's `v-model`,
 * Angular's `ngModel` with `ngDefaultControl`): one `input` then one `change` per choice
 * ({@link emitValueChange}), both after `value`, the form value and validity are updated. The inner
 * native controls' own `input` events, which cross the shadow boundary, are stopped there. Unlike
 * a native control, a form reset or state restore that changes the value fires the same pair, so
 * a framework's model follows it.
 */
export abstract class FormControl<V extends string | number> extends LocalizedElement {
  static formAssociated = true;

  /** The ElementInternals that carry the value and validity into the host form. */
  protected readonly internals: ElementInternals;

  private chosen: V | null = null;

  /**
   * The chosen value; `null` when nothing is chosen. The attribute sets the initial (and reset)
   * value. `''`, `null` and `undefined` (what Vue's `v-model` and Angular's `ngModel` write for an
   * empty model) all mean nothing chosen.
   */
  @property({ noAccessor: true })
  get value(): V | null {
    return this.chosen;
  }
  set value(next: V | string | null | undefined) {
    const old = this.chosen;
    // Whichever way it comes (the attribute's text, a framework's property), read by the control,
    // so `value` always holds one of its own values or null.
    this.chosen = this.readValue(next);
    this.requestUpdate('value', old);
  }

  /** The name the value is submitted under in a host form. */
  @property({ reflect: true }) name = '';

  /** A choice must be made before a host form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Cannot be changed or focused; not submitted with a host form. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True once the control should show its error (after a submit attempt or `reportValidity()`). */
  @state() protected showValidity = false;

  /** Set when an ancestor `<fieldset disabled>` disables the control. */
  @state() protected formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // The browser fires `invalid` on the host when a form submit or reportValidity() finds it invalid.
    this.addEventListener('invalid', (event) => {
      event.preventDefault(); // Our own message, inside the element, instead of the browser bubble.
      this.showValidity = true;
      void this.updateComplete.then(() => this.focusInvalid());
    });
  }

  /** The form this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Constraint validation state. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The translated message explaining why the control is invalid, or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** True when the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Checks validity without showing anything; fires `invalid` when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks validity, shows the error and moves focus to it when invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** True when disabled directly or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** What `next`, given as `value` (its attribute's text, or a property a host sets), means: one of the control's values, not yet checked against `offers()`, or null. */
  protected abstract readValue(next: unknown): V | null;
  /** True when `value` can be chosen now (a channel offered, a point on the scale): a reset or restore takes no other. */
  protected abstract offers(value: V): boolean;
  /** Validity of the current value. */
  protected abstract validityReport(): ValidityReport;
  /** Anything else a host form reset clears, after `value` is back to its attribute's. */
  protected formReset(): void {}

  /** The value to submit, or null for none. */
  protected formValue(): string | null {
    return this.value === null ? null : String(this.value);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // A native radio's or text box's `input` is composed: left alone it would reach the host's
    // listeners before the value changes, a second `input` carrying the old value.
    root.addEventListener('input', (event) => event.stopPropagation());
    return root;
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // At once, not after the render (Material Web's form-associated behaviour does the same): a
    // synchronous `input` or `change` listener must find the new value in FormData and validity.
    // `internals` is not there yet while the base classes construct.
    if (this.internals && !isServer) this.syncForm();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Again once rendered: the message may now be in the element's language, and the anchor drawn.
    this.syncForm();
  }

  /** One `input` then one `change`, as a native control fires them; call after setting the value. */
  protected emitValueChange(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Pushes value and validity into the form. Called whenever a property changes, and after every render. */
  protected syncForm(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const report = this.validityReport();
    const invalid = Object.values(report.flags).some(Boolean);
    if (invalid) this.internals.setValidity(report.flags, report.message, report.anchor);
    else this.internals.setValidity({});
  }

  /** Moves focus to what is invalid. */
  protected focusInvalid(): void {
    this.validityReport().anchor?.focus();
  }

  formResetCallback(): void {
    this.showValidity = false;
    const before = this.formValue();
    const initial = this.readValue(this.getAttribute('value'));
    this.value = initial !== null && this.offers(initial) ? initial : null;
    this.formReset();
    if (this.formValue() !== before) this.emitValueChange();
  }

  /** Restores a value the browser kept (Back/forward, autofill of restored state), if it can be chosen now. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const before = this.formValue();
    const restored = this.readValue(state);
    if (restored !== null && this.offers(restored)) this.value = restored;
    if (this.formValue() !== before) this.emitValueChange();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
