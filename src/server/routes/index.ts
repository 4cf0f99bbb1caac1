// The route table: every route of the API, one entry each. The authorization-matrix test walks this
// table, so a route cannot exist without a rule. Issue 8's review actions (accept, reject, restore,
// fields, add, split, merge, meeting review state) are in review.ts.
import type { RouteDef } from '../route.js'
import { documentRoutes } from './documents.js'
import { itemRoutes } from './items.js'
import { lexiconRoutes } from './lexicons.js'
import { meetingRoutes } from './meetings.js'
import { miscRoutes } from './misc.js'
import { reviewRoutes } from './review.js'
import { sessionRoutes } from './session.js'
import { userRoutes } from './users.js'

/** Every API route. */
export const ROUTES: readonly RouteDef[] = [
  ...sessionRoutes,
  ...miscRoutes,
  ...meetingRoutes,
  ...itemRoutes,
  ...reviewRoutes,
  ...documentRoutes,
  ...userRoutes,
  ...lexiconRoutes,
]
