// Renders the report as JSON: the model itself, whose item records keep the Item and Tracking field names.
import type { ReportModel } from './model.js'

/**
 * Renders the report model as pretty-printed JSON. Item records are named like the item records
 * of the store's export (schema/communique-export.schema.json): `id` (store id), `meeting` (slug),
 * `localId` (Item.id), then the `Item` fields under their own names (`type`, `paragraph`, `text`,
 * `start`, `end`, `actors`, `deadline`, `topics` ...) and the `Tracking` fields (`owner`, `status`,
 * `due`, `version`, `updatedAt`), flattened.
 * @param model the output of buildReport()
 * @returns JSON text ending with a newline
 */
export function renderReportJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`
}
