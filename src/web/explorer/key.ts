/// <reference lib="dom" />
/**
 * The API key field at the top of every view: the key is kept in sessionStorage (session.ts) for
 * this tab only, shown masked, and sent with every request as `Authorization: Bearer <key>`.
 */
import { h, replace } from './dom.ts';
import { apiKey, forgetApiKey, keepApiKey } from './session.ts';

export function keyForm(): HTMLElement {
  const input = h('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', spellcheck: false, size: 16, placeholder: apiKey() ? 'kept for this session' : 'for writes' });
  const state = h('span', { class: 'key-state', role: 'status' });
  const show = () => replace(state, apiKey() ? 'key kept for this session' : 'no key');
  show();
  const forget = h('button', {
    type: 'button',
    onclick: () => {
      forgetApiKey();
      input.value = '';
      input.placeholder = 'for writes';
      show();
    },
  }, 'Forget key');
  return h(
    'form',
    {
      class: 'key-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        keepApiKey(input.value);
        input.value = '';
        input.placeholder = apiKey() ? 'kept for this session' : 'for writes';
        show();
      },
    },
    h('label', { for: 'api-key' }, 'API key'), ' ', input, ' ',
    h('button', { type: 'submit' }, 'Keep'), ' ', forget, ' ', state,
  );
}
