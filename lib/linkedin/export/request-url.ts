/**
 * LinkedIn's "Get a copy of your data" settings page, where the data export
 * Rapport imports is requested (it takes LinkedIn minutes to a day to deliver).
 * Opened only by the user's click, never fetched.
 */
export const LINKEDIN_EXPORT_URL = 'https://www.linkedin.com/mypreferences/d/download-my-data';
