import type { ArgTypes, Args } from '@storybook/web-components';
import manifest from '../custom-elements.json';

/** The parts of custom-elements.json the stories read. */
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}

const declarations = (manifest.modules as { declarations?: ManifestDeclaration[] }[]).flatMap((m) => m.declarations ?? []);

export function declarationOf(tag: string): ManifestDeclaration {
  const declaration = declarations.find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json`);
  return declaration;
}

/** `'a' | 'b' | null` as `['a', 'b']`, or null when the type is not a set of strings. */
function choicesOf(type = ''): string[] | null {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'null');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

const isBoolean = (a: ManifestAttribute) => a.type?.text === 'boolean';
const isNumber = (a: ManifestAttribute) => /^number( \| null)?$/.test(a.type?.text ?? '');

/** A manifest default (code text such as `'idle'`, `5`, `false`) as a value for a control. */
function defaultValue(a: ManifestAttribute): unknown {
  if (a.default === undefined || a.default === 'null') return undefined;
  if (/^'.*'$/.test(a.default)) return a.default.slice(1, -1);
  return JSON.parse(a.default);
}

/** Event name as an arg: `onchannel-change`, which Storybook's actions log. */
export const eventArg = (name: string) => `on${name}`;

/**
 * Controls and the docs table for an element, from custom-elements.json: a live control for
 * every attribute (select for a set of values, a toggle for booleans, a number box for numbers),
 * the defaults the element really has, its events as actions, and its slots, parts and custom
 * properties listed.
 */
export function argTypesFromManifest(tag: string): ArgTypes {
  const d = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const a of d.attributes ?? []) {
    const choices = choicesOf(a.type?.text);
    argTypes[a.name] = {
      name: a.name,
      description: a.description,
      table: {
        category: 'attributes',
        type: { summary: a.type?.text ?? 'string' },
        ...(a.default !== undefined ? { defaultValue: { summary: a.default } } : {}),
      },
      ...(choices
        ? { control: { type: 'select' }, options: a.type?.text.includes('null') ? ['', ...choices] : choices }
        : isBoolean(a)
          ? { control: { type: 'boolean' } }
          : isNumber(a)
            ? { control: { type: 'number' } }
            : { control: { type: 'text' } }),
    };
  }
  for (const e of d.events ?? []) {
    argTypes[eventArg(e.name)] = {
      name: e.name,
      description: e.description,
      action: e.name,
      table: { category: 'events', type: { summary: e.type?.text ?? 'Event' } },
      control: false,
    };
  }
  const listed = (category: string, items: { name: string; description?: string; default?: string }[] = []) => {
    for (const item of items) {
      argTypes[`${category}:${item.name || 'default'}`] = {
        name: item.name || '(default)',
        description: item.description,
        control: false,
        table: { category, ...(item.default ? { defaultValue: { summary: item.default } } : {}) },
      };
    }
  };
  listed('slots', d.slots);
  listed('css shadow parts', d.cssParts);
  listed('css custom properties', d.cssProperties);
  return argTypes;
}

/** The args an example starts with: its attributes as written, else the element's defaults. */
export function argsOfElement(tag: string, element: Element | null): Args {
  const args: Args = {};
  for (const a of declarationOf(tag).attributes ?? []) {
    const written = element?.getAttribute(a.name) ?? null;
    if (isBoolean(a)) args[a.name] = written !== null;
    else if (written !== null) args[a.name] = isNumber(a) ? Number(written) : written;
    else {
      const value = defaultValue(a);
      if (value !== undefined) args[a.name] = value;
    }
  }
  return args;
}

/** Sets the attributes whose controls were changed, and listens for the events. */
export function applyArgs(tag: string, element: Element, args: Args, changed: Set<string>): void {
  for (const a of declarationOf(tag).attributes ?? []) {
    if (!changed.has(a.name)) continue;
    const value = args[a.name];
    if (isBoolean(a)) element.toggleAttribute(a.name, Boolean(value));
    else if (value === undefined || value === null || value === '') element.removeAttribute(a.name);
    else element.setAttribute(a.name, String(value));
  }
}
