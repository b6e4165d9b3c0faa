import {
  TooManyRequestsError,
  type WaitWording,
} from '../common/errors/too-many-requests.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';

interface ShownDiscussion {
  slug: string;
  thread: { comments: { id: number }[] };
}

/**
 * Where a comment form's error belongs on the approach page, so that it shows beside the text
 * in the right discussion: a reply form in it, its own form, or, for a process the page does not
 * show, the page as a whole ("form"). The text comes back in that place.
 */
export function inDiscussion(shown: ShownDiscussion | undefined, parentId: unknown) {
  const reply =
    typeof parentId === 'string' &&
    shown?.thread.comments.some((comment) => String(comment.id) === parentId);
  const key = !shown ? 'form' : reply ? `antwort-${parentId}` : `body-${shown.slug}`;
  return {
    refuse: (message: string) => new FormValidationError({ [key]: message }),
    /** Moves a form error to this place; an error on the text may be put in other words (a youth process's). */
    rethrow:
      (bodyWording?: string | null) =>
      (error: unknown): never => {
        if (!(error instanceof FormValidationError)) throw error;
        const [[field, message]] = Object.entries(error.fieldErrors);
        throw new FormValidationError({ [key]: (field === 'body' && bodyWording) || message });
      },
    /** Moves a rate-limit refusal to this place, in the process's words; the 429 stays. */
    rethrowLimit:
      (wording: WaitWording) =>
      (error: unknown): never => {
        if (!(error instanceof TooManyRequestsError)) throw error;
        throw new TooManyRequestsError(error.retryAfterSeconds, wording, key);
      },
  };
}
