/** The export formats (`stillpoint export --format`, `GET /api/export/:format`). */
export const EXPORT_FORMATS = ['json', 'csv', 'fhir', 'ics', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
