// Modal dialogs: confirmations and small forms (row actions with fields).

import { h } from './dom.js';
import { FieldSet } from './fields.js';
import { setBusy } from './busy.js';

function openModal(content, labelledBy) {
  const dialog = h('dialog', { class: 'modal', 'aria-labelledby': labelledBy }, h('div', { class: 'modal-body' }, content));
  document.body.append(dialog);
  dialog.addEventListener('close', () => dialog.remove());
  dialog.showModal();
  return dialog;
}

let nextId = 0;

// Resolves true when the user confirms, false when they cancel.
export function confirmDialog({ title = 'Are you sure?', text, confirmLabel = 'Confirm', danger = false }) {
  return new Promise((resolve) => {
    const titleId = `dlg${++nextId}`;
    let confirmed = false;
    const cancel = h('button', { type: 'button', class: 'btn', text: 'Cancel' });
    const ok = h('button', { type: 'button', class: danger ? 'btn btn-danger' : 'btn btn-primary', text: confirmLabel });
    const dialog = openModal([
      h('h2', { id: titleId, text: title }),
      h('p', { text }),
      h('div', { class: 'form-actions' }, cancel, ok),
    ], titleId);
    cancel.addEventListener('click', () => dialog.close());
    ok.addEventListener('click', () => { confirmed = true; dialog.close(); });
    dialog.addEventListener('close', () => resolve(confirmed));
    ok.focus();
  });
}

// A dialog with a form. `submit(values)` resolves with {ok, message, field_errors}; the dialog
// stays open showing the errors until it succeeds or the user cancels. Resolves with the
// successful result, or null when cancelled.
export function formDialog({ title, subtitle, notice, fields, submitLabel = 'Save' }, submit) {
  return new Promise((resolve) => {
    const titleId = `dlg${++nextId}`;
    const fieldSet = new FieldSet(fields);
    const message = h('div', { class: 'notice error', role: 'alert', hidden: true });
    const cancel = h('button', { type: 'button', class: 'btn', text: 'Cancel' });
    const save = h('button', { type: 'submit', class: 'btn btn-primary', text: submitLabel });
    const form = h('form', { class: 'form', novalidate: true },
      notice ? h('div', { class: 'notice warning', text: notice }) : null,
      message, fieldSet.nodes, h('div', { class: 'form-actions' }, cancel, save));
    let result = null;
    const dialog = openModal([
      h('h2', { id: titleId, text: title }),
      subtitle ? h('p', { class: 'muted', text: subtitle }) : null,
      form,
    ], titleId);
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => resolve(result));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      fieldSet.clearErrors();
      message.hidden = true;
      const invalid = fieldSet.validate();
      if (Object.keys(invalid).length) {
        fieldSet.showErrors(invalid);
        return;
      }
      const done = setBusy(save);
      const answer = await submit(fieldSet.values());
      done();
      if (answer.ok) {
        result = answer;
        dialog.close();
        return;
      }
      const unmatched = fieldSet.showErrors(answer.field_errors);
      message.replaceChildren(answer.message);
      if (unmatched.length) message.append(h('ul', {}, unmatched.map((u) => h('li', { text: u.message }))));
      message.hidden = false;
    });
    (form.querySelector('input, select, textarea') || save).focus();
  });
}
