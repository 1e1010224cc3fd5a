// The evidence panel: every report behind the selected relation, with the evidence highlighted inside its
// article's text, and a dialog with the full article text.
import { describePrecision, formatReportedDate } from './dates.js';
import { el, safeHref } from './dom.js';
import { KIND_STYLE, TYPE_STYLE } from './vocabulary.js';

export function createEvidencePanel(panel, dialog, { onClose, onOpenArticle }) {
  const title = panel.querySelector('#edge-panel-title');
  const summary = panel.querySelector('#edge-panel-summary');
  const list = panel.querySelector('#report-list');
  const closeButton = panel.querySelector('#edge-panel-close');

  closeButton.addEventListener('click', () => onClose());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !dialog.open) onClose();
  });

  function open(heading, message) {
    panel.hidden = false;
    title.textContent = heading;
    summary.textContent = message;
    list.replaceChildren();
  }

  return {
    close() {
      panel.hidden = true;
      list.replaceChildren();
    },

    focus() {
      title.focus();
    },

    showLoading(heading) {
      open(heading, 'Loading the reports…');
      panel.setAttribute('aria-busy', 'true');
    },

    showMessage(heading, message) {
      open(heading, message);
      panel.removeAttribute('aria-busy');
    },

    /** Shows a Relation with its ties (see api.fetchRelationReports). */
    showRelation(relation) {
      const style = TYPE_STYLE[relation.type];
      open(`${relation.source.name} ${style.verb} ${relation.target.name}`, summarise(relation));
      panel.removeAttribute('aria-busy');
      list.append(...relation.ties.map((tie, i) => reportItem(tie, i, onOpenArticle)));
    },
  };
}

function summarise(relation) {
  const count = relation.ties.length;
  const articles = new Set(relation.ties.map((t) => t.article.id)).size;
  const kinds = `${KIND_STYLE[relation.source.kind].label} → ${KIND_STYLE[relation.target.kind].label}`;
  return `${count} report${count === 1 ? '' : 's'} from ${articles} article${articles === 1 ? '' : 's'} · ${kinds}`;
}

function reportItem(tie, index, onOpenArticle) {
  const article = tie.article;
  const headingId = `report-${index}-title`;
  const precision = describePrecision(tie.date);
  const href = article.url ? safeHref(article.url) : null;
  const citation = tie.citation;
  const cutBefore = citation.start > citation.before.length;
  return el('li', { class: 'report', 'aria-labelledby': headingId },
    el('h3', { id: headingId, class: article.title ? 'report-title' : 'report-title missing' }, article.title ?? 'untitled'),
    el('p', { class: 'report-source' },
      el('span', { class: article.publisher ? null : 'missing' }, article.publisher ?? 'publisher unknown'),
      ` · published ${formatReportedDate(article.publishedAt)}`),
    el('dl', { class: 'report-facts' },
      el('dt', null, 'Date'),
      el('dd', { class: 'report-date' }, formatReportedDate(tie.date), precision ? el('span', { class: 'precision' }, ` (${precision})`) : null),
      el('dt', null, 'Location'),
      el('dd', { class: tie.location ? 'report-location' : 'report-location missing' }, tie.location ?? 'not stated')),
    el('blockquote', { class: 'evidence' },
      cutBefore ? '…' : '', citation.before, el('mark', null, citation.quote), citation.after),
    tie.note ? el('p', { class: 'report-note' }, `Note: ${tie.note}`) : null,
    el('p', { class: 'report-actions' },
      openButton(article, tie, onOpenArticle),
      href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'Original source') : null));
}

function openButton(article, tie, onOpenArticle) {
  const button = el('button', {
    type: 'button',
    class: 'open-article',
    'aria-label': `Read the full article: ${article.title ?? 'untitled'}`,
  }, 'Read the full article');
  button.addEventListener('click', () => onOpenArticle(article.id, tie.citation, button));
  return button;
}

/** The full-text dialog. `show` opens it on an article with the evidence at [start, end) marked. */
export function createArticleDialog(dialog) {
  const title = dialog.querySelector('#article-dialog-title');
  const meta = dialog.querySelector('#article-dialog-meta');
  const text = dialog.querySelector('#article-dialog-text');
  let returnFocus = null;

  dialog.querySelector('#article-dialog-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => returnFocus?.focus());

  return {
    showLoading(opener) {
      returnFocus = opener;
      title.textContent = 'Loading the article…';
      title.classList.remove('missing');
      meta.textContent = '';
      text.replaceChildren();
      if (!dialog.open) dialog.showModal();
    },

    showError(message) {
      title.textContent = 'The article could not be loaded';
      text.replaceChildren(el('p', { role: 'alert' }, message));
    },

    show(article, citation) {
      title.textContent = article.title ?? 'untitled';
      title.classList.toggle('missing', !article.title);
      meta.textContent = `${article.publisher ?? 'publisher unknown'} · published ${formatReportedDate(article.publishedAt)}`;
      const body = article.text;
      const mark = el('mark', { id: 'article-evidence' }, body.slice(citation.start, citation.end));
      text.replaceChildren(body.slice(0, citation.start), mark, body.slice(citation.end));
      if (article.note) text.append(el('p', { class: 'report-note' }, `Note: ${article.note}`));
      mark.scrollIntoView({ block: 'center' });
    },
  };
}
