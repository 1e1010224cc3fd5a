// The reports behind the selected relation: loads them for the view's filters into the evidence panel, and
// an article's full text into the dialog.
import { describeError } from './alerts.js';
import { fetchArticle, fetchRelationReports } from './api.js';
import { createArticleDialog, createEvidencePanel } from './panel.js';
import { windowInput } from './state.js';
import { parseRelationId, TYPE_STYLE } from './vocabulary.js';

export function createEvidence(panelElement, dialogElement, { onClose, actorName, marks }) {
  const dialog = createArticleDialog(dialogElement);
  const panel = createEvidencePanel(panelElement, dialogElement, { onClose, onOpenArticle: openArticle });
  let reports = null;
  let article = null;

  async function openArticle(articleId, citation, opener) {
    article?.abort();
    article = new AbortController();
    dialog.showLoading(opener);
    try {
      const found = await fetchArticle(articleId, article.signal);
      if (found) dialog.show(found, citation);
      else dialog.showError(`No article has the id “${articleId}”.`);
    } catch (error) {
      if (error.name !== 'AbortError') dialog.showError(describeError(error));
    }
  }

  async function show(state) {
    reports?.abort();
    reports = new AbortController();
    const { signal } = reports;
    for (const mark of marks) mark.setChosenEdge(state.edge);
    if (!state.edge) {
      panel.close();
      return;
    }
    const relation = parseRelationId(state.edge);
    if (!relation) {
      panel.showMessage('Unknown relation', `“${state.edge}” is not a relation id (source|TYPE|target).`);
      return;
    }
    const heading = `${actorName(relation.source)} ${TYPE_STYLE[relation.type].verb} ${actorName(relation.target)}`;
    if (!state.types.includes(relation.type)) {
      panel.showMessage(heading, `${TYPE_STYLE[relation.type].label} ties are hidden by the type filter.`);
      return;
    }
    panel.showLoading(heading);
    try {
      const found = await fetchRelationReports({ ...relation, id: state.edge }, windowInput(state), signal);
      if (found) panel.showRelation(found);
      else if (windowInput(state)) panel.showMessage(heading, 'No report of this relation passes the current date window.');
      else panel.showMessage(heading, 'The graph holds no report of this relation (a shared link may predate a retraction or a merge).');
    } catch (error) {
      if (error.name !== 'AbortError') panel.showMessage(heading, describeError(error));
    }
  }

  return { show, focus: () => panel.focus() };
}
