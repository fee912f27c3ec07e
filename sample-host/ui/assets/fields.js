// Form fields of the UI document vocabulary: builds the controls, reads their values back as
// JSON, and shows errors next to the field they concern.

import { h } from './dom.js';

let nextId = 0;

function controlFor(field, id, describedBy) {
  const common = { id, name: field.key, 'aria-describedby': describedBy, dataset: { key: field.key } };
  const value = field.value ?? '';
  switch (field.type) {
    case 'secret':
      // Secrets are write-only: never put the stored value back into the page.
      return h('input', { ...common, type: 'password', autocomplete: 'new-password', placeholder: field.placeholder, spellcheck: 'false' });
    case 'url':
    case 'email':
    case 'date':
      return h('input', { ...common, type: field.type, value: String(value), placeholder: field.placeholder });
    case 'integer':
      return h('input', { ...common, type: 'number', step: '1', inputmode: 'numeric', value: String(value), placeholder: field.placeholder });
    case 'number':
      return h('input', { ...common, type: 'number', step: 'any', inputmode: 'decimal', value: String(value), placeholder: field.placeholder });
    case 'textarea':
      return h('textarea', { ...common, placeholder: field.placeholder }, String(value));
    case 'bool':
      return h('input', { ...common, type: 'checkbox', checked: value === true || value === 'true' });
    case 'select': {
      const options = Array.isArray(field.options) ? field.options : [];
      const current = field.value === null || field.value === undefined ? '' : String(field.value);
      const hasCurrent = options.some((o) => String(o.value) === current);
      const select = h('select', common);
      if (!field.required || !hasCurrent) {
        select.append(h('option', { value: '', text: field.placeholder || (field.required ? 'Choose…' : 'None') }));
      }
      for (const option of options) {
        select.append(h('option', { value: String(option.value), text: option.label ?? String(option.value), selected: String(option.value) === current }));
      }
      return select;
    }
    default:
      return h('input', { ...common, type: 'text', value: String(value), placeholder: field.placeholder });
  }
}

function readValue(field, control) {
  switch (field.type) {
    case 'bool':
      return control.checked;
    case 'integer': {
      const text = control.value.trim();
      return text === '' ? null : Number.parseInt(text, 10);
    }
    case 'number': {
      const text = control.value.trim();
      return text === '' ? null : Number(text);
    }
    case 'select': {
      if (control.value === '') return null;
      const option = (field.options || []).find((o) => String(o.value) === control.value);
      return option ? option.value : control.value;
    }
    default:
      return control.value;
  }
}

function isEmpty(field, control) {
  if (field.type === 'bool') return false;
  return control.value.trim() === '';
}

// A group of fields: the normal ones first, the advanced ones folded away.
export class FieldSet {
  constructor(fields) {
    this.fields = (Array.isArray(fields) ? fields : []).filter((f) => f && f.key);
    this.entries = new Map();
    const prefix = `f${++nextId}`;
    const basic = [];
    const advanced = [];
    for (const field of this.fields) {
      const node = this.#buildField(field, `${prefix}-${field.key}`);
      (field.advanced ? advanced : basic).push(node);
    }
    this.nodes = basic;
    if (advanced.length) {
      const hasAdvancedError = this.fields.some((f) => f.advanced && f.error);
      this.nodes.push(
        h('details', { class: 'advanced', open: hasAdvancedError },
          h('summary', { text: 'Advanced settings' }),
          h('div', { class: 'advanced-fields' }, advanced)),
      );
    }
    this.initial = JSON.stringify(this.values());
  }

  #buildField(field, id) {
    const helpId = `${id}-help`;
    const errorId = `${id}-error`;
    const control = controlFor(field, id, `${helpId} ${errorId}`);
    const error = h('div', { class: 'field-error', id: errorId, role: 'alert', hidden: true });
    const help = field.help ? h('div', { class: 'help', id: helpId, text: field.help }) : null;
    const requiredMark = field.required ? h('span', { class: 'required-mark', 'aria-hidden': 'true', text: '*' }) : null;
    if (field.required) control.required = true;
    const label = field.label || field.key;
    const node = field.type === 'bool'
      ? h('div', { class: 'field', dataset: { field: field.key } },
        h('label', { class: 'checkbox', for: id }, control, h('span', { text: label })), help, error)
      : h('div', { class: 'field', dataset: { field: field.key } },
        h('label', { class: 'field-label', for: id }, label, requiredMark), control, help, error);
    this.entries.set(field.key, { field, control, error });
    if (field.error) this.#setError(field.key, field.error);
    control.addEventListener('input', () => this.#setError(field.key, null));
    return node;
  }

  #setError(key, message) {
    const entry = this.entries.get(key);
    if (!entry) return false;
    entry.error.textContent = message || '';
    entry.error.hidden = !message;
    if (message) entry.control.setAttribute('aria-invalid', 'true');
    else entry.control.removeAttribute('aria-invalid');
    if (message && entry.field.advanced) entry.control.closest('details')?.setAttribute('open', '');
    return true;
  }

  label(key) {
    return this.entries.get(key)?.field.label || key;
  }

  values() {
    const values = {};
    for (const [key, { field, control }] of this.entries) {
      // An untouched secret means "keep the stored one", so it is left out.
      if (field.type === 'secret' && control.value === '') continue;
      values[key] = readValue(field, control);
    }
    return values;
  }

  isDirty() {
    return JSON.stringify(this.values()) !== this.initial;
  }

  // Client-side check of what the document itself declares (required fields).
  validate() {
    const errors = {};
    for (const [key, { field, control }] of this.entries) {
      if (field.required && isEmpty(field, control)) errors[key] = `${field.label || key} is required.`;
      else if (field.type === 'integer' && control.validity && control.validity.badInput) errors[key] = 'Enter a whole number.';
    }
    return errors;
  }

  clearErrors() {
    for (const key of this.entries.keys()) this.#setError(key, null);
  }

  // Shows each error next to its field; returns the messages that match no field here.
  showErrors(errors) {
    const unmatched = [];
    let first = null;
    for (const [key, message] of Object.entries(errors || {})) {
      if (this.#setError(key, message)) first = first || this.entries.get(key).control;
      else unmatched.push({ key, message });
    }
    first?.focus();
    return unmatched;
  }
}
