// One item's page: the item panel on its own.
import { useRoute } from 'preact-iso'
import { ItemPanel } from '../components/item-panel.js'
import { useTitle } from '../hooks.js'

export function ItemPage() {
  const { params } = useRoute()
  const id = params.id ?? ''
  useTitle(`Item ${id}`)
  return (
    <main id="main">
      <ItemPanel id={id} />
    </main>
  )
}
