/** What an account deletion leaves in place of personal data, in every domain (privacy/ coordinates it). */
export const ERASED_TEXT = '[effacé à la demande de l’entreprise]';
export const ERASED_COMPANY_NAME = 'Entreprise supprimée';
