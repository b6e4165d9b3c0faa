/** The page that asks before a destructive action (views/common/confirm.hbs); it posts to `action`. */
export const CONFIRM_VIEW = 'common/confirm';

export interface Confirmation {
  pageTitle: string;
  question: string;
  consequence: string;
  action: string;
  confirmLabel: string;
  cancelUrl: string;
  breadcrumbs?: { title: string; url: string }[];
}
