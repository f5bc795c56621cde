/** Placeholder: replaced by the settings feature. */
export function SettingsPage() {
  return null;
}
