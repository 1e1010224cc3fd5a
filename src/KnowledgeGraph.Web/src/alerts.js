// How API failures reach the reader: an unreachable API raises the banner at the top of the page (with a
// retry button), and each part of the page gets a short line for its own place.
import { ApiTimeoutError, ApiUnreachableError } from './api.js';

export function showUnreachable(error) {
  document.querySelector('#api-error-message').textContent = `${error.message}. The graph cannot be shown until the API answers; check that the KnowledgeGraph service is running.`;
  document.querySelector('#api-error').hidden = false;
}

export function hideUnreachable() {
  document.querySelector('#api-error').hidden = true;
}

/** Raises the banner when the API cannot be reached; returns the line to show where the request was made. */
export function describeError(error) {
  if (error instanceof ApiUnreachableError) {
    showUnreachable(error);
    return 'Cannot reach the API.';
  }
  if (error instanceof ApiTimeoutError) return `${error.message}.`;
  return `The API refused the request: ${error.message}`;
}
