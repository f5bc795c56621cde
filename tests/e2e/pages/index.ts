/** Page objects for the e2e specs: one class per screen, locators and the steps a user takes there. */
export { CaseFilePage } from './CaseFilePage.js';
export { CaseListPage } from './CaseListPage.js';
export { choose, dismissNotifications, field } from './locators.js';
export { ImportPage } from './ImportPage.js';
export { ReferralFormPage } from './ReferralFormPage.js';
export { ReportsPage, type ExportKind } from './ReportsPage.js';
export { SettingsPage, type NewUser, type SettingsTab } from './SettingsPage.js';
export { ShellPage } from './ShellPage.js';
export { VaultPage, extractRecoveryKey, type NewVault } from './VaultPage.js';
