import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from './browser.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { LitElement } from 'lit';
import { deepActive } from './dom.js';
import { warningsInEachTest } from './warnings.js';

/** A form control of this library, as the shared suite sees it. */
type Control = LitElement & {
  value: unknown;
  name: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formResetCallback(): void;
  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;
};

/** How one form-associated element is used by the suite (Web Awesome's runFormControlBaseTests is the model). */
export interface FormControlSuite<V> {
  tag: string;
  /** Attributes that make the control usable, e.g. the channels a picker offers. */
  attributes?: string;
  /** The name it submits under when the host sets none. */
  defaultName: string;
  /** Two different values a person can choose, as the `value` property holds them. */
  values: [V, V];
  /** How each value appears in FormData and in the `value` attribute. */
  serialize: (value: V) => string;
  /** Chooses `value` as a person would: a real click on the radio inside the shadow root. */
  choose: (element: Control, value: V) => Promise<void> | void;
  /** The native field inside that a person types into, if the control has one in some state. */
  textField?: { attributes: string; reveal?: (element: Control) => Promise<void>; selector: string };
}

async function render(
  tag: string,
  attributes: string,
  around: 'form' | 'fieldset' | 'none' = 'form',
): Promise<{ form: HTMLFormElement | null; control: Control }> {
  const markup = `<${tag} ${attributes}></${tag}>`;
  const template =
    around === 'none'
      ? staticHtml`<div>${unsafeStatic(markup)}</div>`
      : around === 'fieldset'
        ? staticHtml`<form><fieldset>${unsafeStatic(markup)}</fieldset></form>`
        : staticHtml`<form>${unsafeStatic(markup)}</form>`;
  const container = await fixture<HTMLElement>(template);
  const control = container.querySelector(tag) as Control;
  await control.updateComplete;
  return { form: container instanceof HTMLFormElement ? container : null, control };
}

/**
 * Records every `input` and `change` the host page hears, with what the page sees at that moment,
 * listening on the document in the bubbling phase as frameworks do (React's root listener, Vue's
 * and Angular's on the element). A capture-phase listener above the element would still see the
 * inner radios' own composed `input`: the platform delivers it to capture listeners before the
 * shadow root can stop it.
 */
function recordEvents(control: Control, form: HTMLFormElement | null, signal: AbortSignal): string[] {
  const log: string[] = [];
  for (const type of ['input', 'change']) {
    document.addEventListener(
      type,
      (event) => {
        if (event.target !== control) {
          if (control.contains(event.target as Node) || control.shadowRoot?.contains(event.composedPath()[0] as Node))
            log.push(`${type} from inside`);
          return;
        }
        const data = form ? new FormData(form).get(control.name) : null;
        log.push(`${type} value=${String(control.value)} form=${String(data)} valid=${String(control.checkValidity())}`);
      },
      { signal },
    );
  }
  return log;
}

/**
 * One suite of form-control behaviour, run over every form-associated element: FormData, validity,
 * reset and restore, disabled fieldsets, the order and count of `input` and `change`, the value's
 * type, and the empty values frameworks write. Each element's own tests keep only what is its own.
 */
export function runFormControlTests<V>(suite: FormControlSuite<V>): void {
  const { tag, defaultName, values, serialize, choose } = suite;
  const attributes = suite.attributes ?? '';
  const [first, second] = values;

  describe(`<${tag}> as a form control (shared suite)`, () => {
    const warnings = warningsInEachTest();
    const listeners: Array<() => void> = [];
    afterEach(() => listeners.splice(0).forEach((stop) => stop()));

    const record = (control: Control, form: HTMLFormElement | null) => {
      const controller = new AbortController();
      listeners.push(() => controller.abort());
      return recordEvents(control, form, controller.signal);
    };

    it('belongs to its form, submits nothing until chosen, then name=value', async () => {
      const { form, control } = await render(tag, attributes);
      expect(control.form).to.equal(form);
      expect(control.name).to.equal(defaultName);
      expect([...new FormData(form!).keys()]).to.deep.equal([]);
      await choose(control, first);
      expect(new FormData(form!).get(defaultName)).to.equal(serialize(first));
      control.name = 'answer';
      await control.updateComplete;
      expect(new FormData(form!).get('answer')).to.equal(serialize(first));
      expect(warnings).to.deep.equal([]);
    });

    it('is not in any form outside one', async () => {
      const { control } = await render(tag, attributes, 'none');
      expect(control.form).to.equal(null);
    });

    it('takes its initial value from the attribute, with the value property of the right type', async () => {
      const { form, control } = await render(tag, `${attributes} value="${serialize(second)}"`);
      expect(control.value).to.deep.equal(second);
      expect(new FormData(form!).get(defaultName)).to.equal(serialize(second));
    });

    it('fires exactly one input, then one change, per choice, after the value, FormData and validity are updated', async () => {
      const { form, control } = await render(tag, `${attributes} required`);
      const log = record(control, form);
      await choose(control, first);
      await choose(control, second);
      expect(log).to.deep.equal([
        `input value=${String(first)} form=${serialize(first)} valid=true`,
        `change value=${String(first)} form=${serialize(first)} valid=true`,
        `input value=${String(second)} form=${serialize(second)} valid=true`,
        `change value=${String(second)} form=${serialize(second)} valid=true`,
      ]);
    });

    it('fires one input and one change per arrow-key move, as native radios do', async () => {
      const { form, control } = await render(tag, `${attributes} value="${serialize(first)}"`);
      control.focus();
      const log = record(control, form);
      await sendKeys({ press: 'ArrowDown' });
      expect(control.value).to.not.deep.equal(first);
      expect(log).to.have.length(2);
      expect(log[0]).to.match(/^input value=/);
      expect(log[1]).to.match(/^change value=/);
      expect(log[0].replace('input', '')).to.equal(log[1].replace('change', ''));
    });

    it('input crosses shadow roots (composed) and bubbles; change bubbles', async () => {
      const { control } = await render(tag, attributes);
      const seen: Array<[string, boolean, boolean]> = [];
      for (const type of ['input', 'change']) control.addEventListener(type, (e) => seen.push([type, e.bubbles, e.composed]));
      await choose(control, first);
      expect(seen).to.deep.equal([
        ['input', true, true],
        ['change', true, false],
      ]);
    });

    it('sets the form value at once when the value property is set, without firing events', async () => {
      const { form, control } = await render(tag, attributes);
      const log = record(control, form);
      control.value = second;
      // Before any render: FormData and validity already know.
      expect(new FormData(form!).get(defaultName)).to.equal(serialize(second));
      control.required = true;
      expect(control.checkValidity()).to.be.true;
      control.value = null;
      expect(new FormData(form!).has(defaultName)).to.be.false;
      expect(control.checkValidity()).to.be.false;
      expect(log).to.deep.equal([]);
    });

    it("reads '', null, undefined and a removed attribute as nothing chosen, with no warning", async () => {
      const { form, control } = await render(tag, `${attributes} value="${serialize(first)}"`);
      for (const empty of ['', null, undefined]) {
        control.value = first;
        control.value = empty;
        await control.updateComplete;
        expect(control.value, JSON.stringify(empty)).to.equal(null);
        expect(new FormData(form!).has(defaultName)).to.be.false;
      }
      control.value = first;
      await control.updateComplete;
      control.setAttribute('value', '');
      await control.updateComplete;
      expect(control.value).to.equal(null);
      control.setAttribute('value', serialize(second));
      await control.updateComplete;
      expect(control.value).to.deep.equal(second);
      control.removeAttribute('value');
      await control.updateComplete;
      expect(control.value).to.equal(null);
      const radios = [...control.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.some((radio) => radio.checked)).to.be.false;
      expect(warnings).to.deep.equal([]);
    });

    it('is invalid when required and empty, with a translated message, and blocks the submit', async () => {
      const { form, control } = await render(tag, `${attributes} required`);
      expect(control.validity.valueMissing).to.be.true;
      expect(control.validationMessage).to.not.equal('');
      expect(control.checkValidity()).to.be.false;
      let submitted = false;
      form!.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = true;
      });
      form!.requestSubmit();
      expect(submitted).to.be.false;
      await control.updateComplete;
      expect(control.shadowRoot!.contains(deepActive()), 'focus moved to the control').to.be.true;
      await choose(control, first);
      expect(control.validity.valid).to.be.true;
      form!.requestSubmit();
      expect(submitted).to.be.true;
    });

    it('form.reset() goes back to the attribute value and fires one input and one change, only when the value changed', async () => {
      const { form, control } = await render(tag, `${attributes} value="${serialize(first)}"`);
      await choose(control, second);
      const log = record(control, form);
      form!.reset();
      expect(control.value).to.deep.equal(first);
      expect(new FormData(form!).get(defaultName)).to.equal(serialize(first));
      expect(log).to.deep.equal([
        `input value=${String(first)} form=${serialize(first)} valid=true`,
        `change value=${String(first)} form=${serialize(first)} valid=true`,
      ]);
      log.length = 0;
      form!.reset();
      expect(log, 'no events when nothing changed').to.deep.equal([]);
      await control.updateComplete;
      const checked = [...control.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.checked);
      expect(checked.map((radio) => radio.value)).to.deep.equal([serialize(first)]);
    });

    it('a reset without a value attribute clears the choice', async () => {
      const { form, control } = await render(tag, attributes);
      await choose(control, first);
      form!.reset();
      expect(control.value).to.equal(null);
      expect(new FormData(form!).has(defaultName)).to.be.false;
    });

    it('restores a value the browser kept, firing one input and one change', async () => {
      const { form, control } = await render(tag, attributes);
      const log = record(control, form);
      control.formStateRestoreCallback(serialize(second), 'restore');
      expect(control.value).to.deep.equal(second);
      expect(log).to.have.length(2);
      control.formStateRestoreCallback('not a value', 'restore');
      expect(control.value).to.deep.equal(second);
      expect(log).to.have.length(2);
    });

    it('inside a disabled fieldset: disabled, not submitted, not choosable; back when enabled', async () => {
      const { form, control } = await render(tag, `${attributes} value="${serialize(first)}"`, 'fieldset');
      const fieldset = form!.querySelector('fieldset')!;
      fieldset.disabled = true;
      await control.updateComplete;
      expect(control.matches(':disabled')).to.be.true;
      expect(new FormData(form!).has(defaultName)).to.be.false;
      const radios = [...control.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.every((radio) => radio.matches(':disabled'))).to.be.true;
      fieldset.disabled = false;
      await control.updateComplete;
      expect(control.matches(':disabled')).to.be.false;
      expect(new FormData(form!).get(defaultName)).to.equal(serialize(first));
    });

    it('disabled: not submitted and not valid-checked', async () => {
      const { form, control } = await render(tag, `${attributes} required disabled`);
      expect(new FormData(form!).has(defaultName)).to.be.false;
      expect(control.willValidate).to.be.false;
      expect(control.checkValidity()).to.be.true;
    });

    if (suite.textField) {
      const field = suite.textField;
      it("lets no input from its own text fields escape as the control's input", async () => {
        const { form, control } = await render(tag, field.attributes);
        await field.reveal?.(control);
        const log = record(control, form);
        const input = control.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(field.selector)!;
        input.focus();
        await sendKeys({ type: 'abc' });
        expect(input.value).to.equal('abc');
        expect(log).to.deep.equal([]);
      });
    }

    it("works with Vue's v-model as Vue drives a custom element: value from the model, the model from each input event", async () => {
      const { form, control } = await render(tag, attributes);
      // What vModelText does: writes '' for a null model, reads event.target.value on `input`.
      let model: unknown = null;
      const write = () => {
        const next = model == null ? '' : model;
        if (control.value !== next) control.value = next;
      };
      control.addEventListener('input', (event) => {
        model = (event.target as Control).value;
        write();
      });
      write();
      await control.updateComplete;
      await choose(control, first);
      expect(model).to.deep.equal(first);
      model = second;
      write();
      await control.updateComplete;
      expect(new FormData(form!).get(defaultName)).to.equal(serialize(second));
      model = null;
      write();
      form!.reset();
      expect(model).to.equal(null);
      await choose(control, first);
      form!.reset();
      expect(model, 'reset brings the model along').to.equal(null);
      expect(warnings).to.deep.equal([]);
    });

    it("works with Angular's ngModel and ngDefaultControl: '' for a null model, the value from input, touched on blur", async () => {
      const { control } = await render(tag, attributes);
      let model: unknown = 'untouched';
      let touched = false;
      // DefaultValueAccessor: writeValue sets the `value` property ('' for null); onChange reads `input`.
      const writeValue = (value: unknown) => (control.value = value == null ? '' : value);
      control.addEventListener('input', (event) => (model = (event.target as Control).value));
      control.addEventListener('blur', () => (touched = true));
      writeValue(null);
      await control.updateComplete;
      expect(control.value).to.equal(null);
      control.focus();
      await choose(control, second);
      expect(model).to.deep.equal(second);
      (control.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      expect(touched).to.be.true;
      writeValue(first);
      await control.updateComplete;
      expect(control.value).to.deep.equal(first);
      expect(warnings).to.deep.equal([]);
    });
  });
}
