// The knowledge-base data files: one JSON per office (house style R9: rules as data). Add a line per new office.
import currencies from './data/currencies.json' with { type: 'json' }
import manifest from './data/manifest.json' with { type: 'json' }
import us from './data/us.json' with { type: 'json' }
import ep from './data/ep.json' with { type: 'json' }
import up from './data/up.json' with { type: 'json' }
import cn from './data/cn.json' with { type: 'json' }
import jp from './data/jp.json' with { type: 'json' }
import kr from './data/kr.json' with { type: 'json' }
import in_ from './data/in.json' with { type: 'json' }
import de from './data/de.json' with { type: 'json' }
import gb from './data/gb.json' with { type: 'json' }
import fr from './data/fr.json' with { type: 'json' }
import it from './data/it.json' with { type: 'json' }
import ca from './data/ca.json' with { type: 'json' }
import au from './data/au.json' with { type: 'json' }
import br from './data/br.json' with { type: 'json' }
import mx from './data/mx.json' with { type: 'json' }
import ru from './data/ru.json' with { type: 'json' }
import ea from './data/ea.json' with { type: 'json' }
import sg from './data/sg.json' with { type: 'json' }
import my from './data/my.json' with { type: 'json' }
import th from './data/th.json' with { type: 'json' }
import vn from './data/vn.json' with { type: 'json' }
import id from './data/id.json' with { type: 'json' }
import ph from './data/ph.json' with { type: 'json' }
import sa from './data/sa.json' with { type: 'json' }
import ae from './data/ae.json' with { type: 'json' }
import il from './data/il.json' with { type: 'json' }
import za from './data/za.json' with { type: 'json' }
import tr from './data/tr.json' with { type: 'json' }
import wo from './data/wo.json' with { type: 'json' }

/**
 * The raw (unvalidated) knowledge-base files, in `OFFICE_CODES` order. `loadKnowledgeBase`
 * validates them with the zod schema; nothing else should read them.
 */
export const RAW_KNOWLEDGE_BASE: {
  readonly manifest: unknown
  readonly currencies: unknown
  readonly offices: readonly unknown[]
} = {
  manifest,
  currencies,
  offices: [
    us,
    ep,
    up,
    cn,
    jp,
    kr,
    in_,
    de,
    gb,
    fr,
    it,
    ca,
    au,
    br,
    mx,
    ru,
    ea,
    sg,
    my,
    th,
    vn,
    id,
    ph,
    sa,
    ae,
    il,
    za,
    tr,
    wo,
  ],
}
