import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../i18n/localized-element.js';

/** What a control reports about its validity: the flags, a translated message, and where to focus. */
export interface ValidityReport {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement;
}

/**
 * Form association shared by every control in the library (ElementInternals): the value in a host
 * form's FormData under `name`, constraint validation with translated messages, form reset,
 * state restore after Back/refresh, and a `<fieldset disabled>` ancestor. An element supplies
 * `formValue()`, `validityReport()`, `formReset()` and `formRestore()`.
 */
export abstract class FormControl extends LocalizedElement {
  static formAssociated = true;

  /** The ElementInternals that carry the value and validity into the host form. */
  protected readonly internals: ElementInternals;

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

  /** The value to submit, or null for none. */
  protected abstract formValue(): string | null;
  /** Validity of the current value. */
  protected abstract validityReport(): ValidityReport;
  /** Back to the initial state (host form reset). */
  protected abstract formReset(): void;
  /** Restores a value the browser kept (Back/forward, autofill of restored state). */
  protected abstract formRestore(state: string): void;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Pushes value and validity into the form. Called after every update. */
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
    this.formReset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.formRestore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
