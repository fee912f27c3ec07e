// The generic renderer of UI documents (host-api/schemas/ui-document.schema.json): whatever
// page a plugin describes, the host draws it with these blocks. It knows nothing about any
// particular plugin.
//
// A DocumentView needs a transport:
//   perform({action, row, values}) -> Promise<{ok, message, field_errors}>
//   load() -> Promise<document>

import { h, clear, safeHref } from './dom.js';
import { FieldSet } from './fields.js';
import { confirmDialog, formDialog } from './dialog.js';
import { setBusy } from './busy.js';

const LEVELS = new Set(['info', 'success', 'warning', 'error']);
const level = (value, fallback = 'info') => (LEVELS.has(value) ? value : fallback);
const POLL_MS = 2000;

function cellContent(value) {
  if (value === null || value === undefined || value === '') return h('span', { class: 'muted', text: '—' });
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const text = String(value.text ?? value.label ?? value.value ?? '');
    if (value.level) return h('span', { class: `badge ${level(value.level)}`, text });
    const href = safeHref(value.href);
    return href ? h('a', { href, text }) : text;
  }
  return String(value);
}

// A row's status is a level; the "status" cell (when the table has one) carries its words,
// drawn as a badge in the row's level (neutral without one).
function statusCell(level_, value) {
  const empty = value === null || value === undefined || value === '';
  if (empty && !level_) return cellContent(value);
  return h('span', { class: `badge ${LEVELS.has(level_) ? level_ : ''}`.trim(), text: empty ? level_ : String(value) });
}

function resultNotice(result, fieldLabel = (k) => k) {
  const unmatched = Object.entries(result.field_errors || {});
  return h('div', { class: `notice ${result.ok ? 'success' : 'error'}`, role: result.ok ? 'status' : 'alert' },
    result.message,
    !result.ok && unmatched.length
      ? h('ul', {}, unmatched.map(([key, message]) => h('li', {}, h('strong', { text: `${fieldLabel(key)}: ` }), message)))
      : null);
}

export class DocumentView {
  constructor(root, transport) {
    this.root = root;
    this.transport = transport;
    this.flashes = new Map();
    this.fieldSets = [];
    this.pollTimer = null;
    this.busy = 0;
  }

  async load() {
    clearTimeout(this.pollTimer);
    try {
      this.render(await this.transport.load());
    } catch (error) {
      this.renderFailure(error);
    }
  }

  renderFailure(error) {
    clear(this.root).append(
      h('div', { class: 'card' }, h('div', { class: 'notice error', role: 'alert', text: error.message || String(error) }),
        h('div', { class: 'button-row after' },
          h('button', { type: 'button', class: 'btn', text: 'Try again', onclick: () => this.load() }))));
  }

  render(doc) {
    this.fieldSets = [];
    const sections = Array.isArray(doc?.sections) ? doc.sections : [];
    const nodes = sections.map((section, index) => this.renderSection(section, index));
    if (!nodes.length) nodes.push(h('div', { class: 'card' }, h('p', { class: 'muted', text: 'This page is empty.' })));
    clear(this.root).append(h('div', { class: 'stack' }, nodes));
    this.root.querySelector('.flash')?.scrollIntoView({ block: 'nearest' });
    this.flashes.clear();
    if (sections.some((s) => (s.blocks || []).some((b) => b.type === 'progress' && Number(b.value) < Number(b.max)))) {
      this.pollTimer = setTimeout(() => this.poll(), POLL_MS);
    }
  }

  // Re-reads a page that shows unfinished progress, unless the user is in the middle of something.
  poll() {
    const editing = this.busy > 0 || document.querySelector('dialog[open]') || this.fieldSets.some((f) => f.isDirty());
    if (editing || document.hidden) this.pollTimer = setTimeout(() => this.poll(), POLL_MS);
    else this.load();
  }

  renderSection(section, index) {
    const id = section.id || `section-${index}`;
    const flash = h('div', { class: 'flash', hidden: true });
    const bar = h('div', { class: 'busy-bar', hidden: true, 'aria-hidden': 'true' });
    const context = { id, flash, bar };
    const pending = this.flashes.get(id);
    if (pending) {
      flash.append(resultNotice(pending));
      flash.hidden = false;
    }
    const blocks = (section.blocks || []).map((block) => h('div', { class: 'block' }, this.renderBlock(block, context)));
    return h('section', { class: 'card', dataset: { section: id }, 'aria-labelledby': `${id}-title` },
      section.title || section.description
        ? h('header', {}, section.title ? h('h2', { id: `${id}-title`, text: section.title }) : null,
          section.description ? h('p', { text: section.description }) : null)
        : null,
      bar, flash, blocks);
  }

  renderBlock(block, context) {
    switch (block?.type) {
      case 'notice':
        return h('div', { class: `notice ${level(block.level)}`, role: block.level === 'error' ? 'alert' : 'note', text: block.text });
      case 'form':
        return this.renderForm(block, context);
      case 'table':
        return this.renderTable(block, context);
      case 'status':
        return h('div', { class: 'status-grid' }, (block.items || []).map((item) =>
          h('div', { class: `status-tile ${LEVELS.has(item.level) ? item.level : ''}` },
            h('div', { class: 'label', text: item.label }), h('div', { class: 'value', text: item.value ?? '—' }))));
      case 'keyvalue':
        return h('dl', { class: 'kv' }, (block.items || []).map((item) =>
          [h('dt', { text: item.label }), h('dd', {}, cellContent(item.value))]));
      case 'actions':
        return h('div', { class: 'button-row' }, (block.buttons || []).map((button) => {
          const style = button.style === 'primary' ? 'btn-primary' : button.style === 'danger' ? 'btn-danger' : '';
          const el = h('button', { type: 'button', class: `btn ${style}`, text: button.label, dataset: { action: button.id } });
          el.addEventListener('click', () => this.runAction(context, el, { action: button.id, row: null, label: button.label, confirm: button.confirm, danger: button.style === 'danger' }));
          return el;
        }));
      case 'progress': {
        const max = Number(block.max) || 0;
        const value = Math.min(Number(block.value) || 0, max || Infinity);
        return h('div', { class: 'progress-block' },
          h('div', { class: 'progress-label' }, h('span', { text: block.label || 'Progress' }),
            h('span', { class: 'muted', text: max ? `${value} / ${max}` : '' })),
          h('progress', { value: String(value), max: String(max || 1), 'aria-label': block.label || 'Progress' }));
      }
      default:
        return h('div', { class: 'notice warning', text: `This page contains a part this host cannot show (${block?.type ?? 'unknown'}).` });
    }
  }

  renderForm(block, context) {
    const fieldSet = new FieldSet(block.fields);
    this.fieldSets.push(fieldSet);
    const message = h('div', { class: 'form-message', hidden: true });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: block.submit_label || 'Save' });
    const form = h('form', { class: 'form', novalidate: true, dataset: { form: block.id || '' } },
      message, fieldSet.nodes, h('div', { class: 'form-actions' }, submit));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      fieldSet.clearErrors();
      message.hidden = true;
      context.flash.hidden = true;
      const invalid = fieldSet.validate();
      if (Object.keys(invalid).length) {
        fieldSet.showErrors(invalid);
        return;
      }
      const done = this.begin(submit, context);
      const result = await this.transport.perform({ action: block.action, row: null, values: fieldSet.values() });
      done();
      if (result.ok) {
        this.flashes.set(context.id, result);
        await this.load();
        return;
      }
      const unmatched = fieldSet.showErrors(result.field_errors);
      message.replaceChildren(resultNotice({ ...result, field_errors: Object.fromEntries(unmatched.map((u) => [u.key, u.message])) }));
      message.hidden = false;
    });
    return form;
  }

  renderTable(block, context) {
    const columns = Array.isArray(block.columns) ? block.columns : [];
    const rows = Array.isArray(block.rows) ? block.rows : [];
    if (!rows.length) return h('div', { class: 'table-wrap' }, h('div', { class: 'empty', text: block.empty_text || 'Nothing to show yet.' }));
    const hasStatusColumn = columns.some((c) => c.key === 'status');
    const hasActions = rows.some((r) => Array.isArray(r.actions) && r.actions.length);
    const head = h('tr', {}, columns.map((c) => h('th', { scope: 'col', text: c.label ?? c.key })),
      hasActions ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: 'Actions' })) : null);
    const body = rows.map((row) => {
      const first = columns.length ? row.cells?.[columns[0].key] : row.id;
      const rowLabel = typeof first === 'object' && first !== null ? first.text ?? first.label : first;
      const cells = columns.map((c, index) => {
        const value = row.cells?.[c.key];
        let node = c.key === 'status' ? statusCell(row.status, value) : cellContent(value);
        if (index === 0 && row.status && !hasStatusColumn) {
          node = [h('span', { class: `dot ${level(row.status)}`, title: row.status }), node];
        }
        return h('td', { 'data-label': c.label ?? c.key }, node);
      });
      return h('tr', { dataset: { row: String(row.id ?? '') } }, cells,
        hasActions ? h('td', { class: 'actions' }, (row.actions || []).map((action) => {
          const button = h('button', { type: 'button', class: 'btn btn-sm', text: action.label, dataset: { action: action.id } });
          button.addEventListener('click', () => this.runAction(context, button, {
            action: action.id, row: row.id, label: action.label, confirm: action.confirm, fields: action.fields,
            subtitle: rowLabel === undefined || rowLabel === null ? undefined : String(rowLabel),
          }));
          return button;
        })) : null);
    });
    return h('div', { class: 'table-wrap' },
      h('table', { class: 'table', dataset: { table: block.id || '' } }, h('thead', {}, head), h('tbody', {}, body)));
  }

  begin(button, context) {
    this.busy += 1;
    const done = setBusy(button, context.bar);
    return () => {
      this.busy -= 1;
      done();
    };
  }

  // Runs a button or row action: asks for its fields or its confirmation first when it has any.
  async runAction(context, button, { action, row, label, confirm, fields, subtitle, danger }) {
    context.flash.hidden = true;
    let result;
    if (Array.isArray(fields) && fields.length) {
      result = await formDialog({ title: label, subtitle, notice: confirm, fields, submitLabel: label }, async (values) => {
        const done = this.begin(button, context);
        const answer = await this.transport.perform({ action, row, values });
        done();
        return answer;
      });
      if (!result) return;
    } else {
      if (confirm && !(await confirmDialog({ title: label, text: confirm, confirmLabel: label, danger }))) return;
      const done = this.begin(button, context);
      result = await this.transport.perform({ action, row, values: {} });
      done();
    }
    if (result.ok) {
      this.flashes.set(context.id, result);
      await this.load();
    } else {
      context.flash.replaceChildren(resultNotice(result));
      context.flash.hidden = false;
      context.flash.scrollIntoView({ block: 'nearest' });
    }
  }
}
