import { DomainError } from './domain.error.js';

export class LoginRequiredError extends DomainError {
  constructor() {
    super('login_required', 401, 'Bitte melden Sie sich an, um diese Seite zu sehen.');
  }
}
