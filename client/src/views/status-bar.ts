/** Loading indicator and error banner (with the API's error code and a retry). */
import type { Status } from '../app/status.ts';
import { h } from './dom.ts';

export function mountStatusBar(root: HTMLElement, status: Status, onReset: () => void): void {
  const loading = h('div', { className: 'loading-indicator', testid: 'status-loading', hidden: true, role: 'status' });
  const message = h('span', { testid: 'error-message' });
  const code = h('code', { testid: 'error-code' });
  const retry = h('button', { type: 'button', testid: 'error-retry' }, 'Retry / 重试');
  const reset = h('button', { type: 'button', testid: 'error-reset', onclick: () => { status.clearError(); onReset(); } }, 'Overview / 返回总览');
  const dismiss = h('button', { type: 'button', className: 'link', onclick: () => status.clearError() }, '×');
  const banner = h('div', { className: 'error-banner', testid: 'error-banner', hidden: true, role: 'alert' }, code, message, retry, reset, dismiss);
  root.append(loading, banner);
  status.subscribe((s) => {
    loading.hidden = s.pending === 0;
    loading.textContent = s.message ?? 'Loading…';
    document.body.dataset.busy = s.pending > 0 ? 'true' : 'false';
    banner.hidden = s.error === null;
    if (s.error) {
      code.textContent = s.error.code;
      message.textContent = s.error.message;
      retry.hidden = s.error.retry === null;
      retry.onclick = () => {
        const again = s.error?.retry;
        status.clearError();
        again?.();
      };
    }
  });
}
