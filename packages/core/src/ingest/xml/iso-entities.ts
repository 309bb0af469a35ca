import { Parser } from 'htmlparser2'

/**
 * ISO 8879 entities that HTML5 dropped but the USPTO ST.32 and PAP DTDs declare (ISOgrk1 `&lgr;`,
 * ISOgrk2 accented Greek, ISOgrk4 bold Greek `&b.alpha;` read as plain letters, a few ISOgrk3 and
 * ISOamso names) plus USPTO's own `&UNKNOWN;`. Code points in hex, ISO 10646 mappings.
 */
const ISO_EXTRAS =
  'agr:3b1 Agr:391 bgr:3b2 Bgr:392 ggr:3b3 Ggr:393 dgr:3b4 Dgr:394 egr:3b5 Egr:395 zgr:3b6 ' +
  'Zgr:396 eegr:3b7 EEgr:397 thgr:3b8 THgr:398 igr:3b9 Igr:399 kgr:3ba Kgr:39a lgr:3bb Lgr:39b ' +
  'mgr:3bc Mgr:39c ngr:3bd Ngr:39d xgr:3be Xgr:39e ogr:3bf Ogr:39f pgr:3c0 Pgr:3a0 rgr:3c1 ' +
  'Rgr:3a1 sgr:3c3 Sgr:3a3 sfgr:3c2 tgr:3c4 Tgr:3a4 ugr:3c5 Ugr:3a5 phgr:3c6 PHgr:3a6 khgr:3c7 ' +
  'KHgr:3a7 psgr:3c8 PSgr:3a8 ohgr:3c9 OHgr:3a9 aacgr:3ac Aacgr:386 eacgr:3ad Eacgr:388 ' +
  'eeacgr:3ae EEacgr:389 idigr:3ca Idigr:3aa iacgr:3af Iacgr:38a idiagr:390 oacgr:3cc Oacgr:38c ' +
  'udigr:3cb Udigr:3ab uacgr:3cd Uacgr:38e udiagr:3b0 ohacgr:3ce OHacgr:38f epsis:3b5 ' +
  'thetas:3b8 phis:3c6 ang90:221f UNKNOWN:2588 b.alpha:3b1 b.beta:3b2 b.gamma:3b3 b.Gamma:393 ' +
  'b.gammad:3dd b.delta:3b4 b.Delta:394 b.epsi:3b5 b.epsiv:3b5 b.epsis:3b5 b.zeta:3b6 b.eta:3b7 ' +
  'b.thetas:3b8 b.Theta:398 b.thetav:3d1 b.iota:3b9 b.kappa:3ba b.kappav:3f0 b.lambda:3bb ' +
  'b.Lambda:39b b.mu:3bc b.nu:3bd b.xi:3be b.Xi:39e b.pi:3c0 b.Pi:3a0 b.piv:3d6 b.rho:3c1 ' +
  'b.rhov:3f1 b.sigma:3c3 b.Sigma:3a3 b.sigmav:3c2 b.tau:3c4 b.upsi:3c5 b.Upsi:3d2 b.phis:3c6 ' +
  'b.Phi:3a6 b.phiv:3d5 b.chi:3c7 b.psi:3c8 b.Psi:3a8 b.omega:3c9 b.Omega:3a9'

const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])
const REFERENCE = /&([A-Za-z][\w.-]*);/g
const MAX_CACHE = 4096

let extras: Map<string, string> | undefined
/** Decoded value per entity name; `null` for names nobody defines. Bounded, shared by all calls. */
const cache = new Map<string, string | null>()

/** The result of `decodeNamedEntities`. */
export interface DecodedEntities {
  readonly text: string
  /** Entity names that no table defines; their references are left in the text, readable. */
  readonly unknown: readonly string[]
}

/**
 * Replaces named entity references (`&mdash;`, `&lgr;`, `&b.alpha;`) with their characters before
 * the text goes to `parseXmlTree`, which (as htmlparser2's XML mode did) decodes only numeric
 * references and the five XML entities. Looks a name up in the document's own internal subset
 * first, then in HTML5 (which holds most ISO 8879 sets), then in the ISO names HTML5 lacks. The five XML entities are left for the XML parser; unknown names are
 * left as they are and reported. Characters that would read as markup are re-escaped.
 *
 * @example decodeNamedEntities('a &lgr; &amp; &mdash; b').text // 'a λ &amp; — b'
 */
export function decodeNamedEntities(
  text: string,
  declared: ReadonlyMap<string, string> = new Map(),
): DecodedEntities {
  if (!text.includes('&')) {
    return { text, unknown: [] }
  }
  const unknown = new Set<string>()
  const out = text.replace(REFERENCE, (ref, name: string) => {
    if (XML_PREDEFINED.has(name)) {
      return ref
    }
    const own = declared.get(name)
    if (own !== undefined) {
      return own
    }
    const value = lookup(name)
    if (value === null) {
      unknown.add(name)
      return ref
    }
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  })
  return { text: out, unknown: [...unknown] }
}

function lookup(name: string): string | null {
  const hit = cache.get(name)
  if (hit !== undefined) {
    return hit
  }
  // MathML's invisible operators (`&af;`, `&it;`, `&ic;`) only add noise to flattened text.
  const value = (html5Value(name) ?? isoExtra(name))?.replace(/[\u2061-\u2064]/g, '') ?? null
  if (cache.size < MAX_CACHE) {
    cache.set(name, value)
  }
  return value
}

/** Decodes `&name;` with htmlparser2's HTML tokenizer; rejects partial legacy matches (`&notit;`). */
function html5Value(name: string): string | undefined {
  const ref = `&${name};`
  let out = ''
  const parser = new Parser(
    {
      ontext(data) {
        out += data
      },
    },
    { decodeEntities: true },
  )
  parser.write(ref)
  parser.end()
  if (out === ref || out === '' || (out.endsWith(';') && name !== 'semi')) {
    return undefined
  }
  return out
}

function isoExtra(name: string): string | undefined {
  if (!extras) {
    extras = new Map()
    for (const pair of ISO_EXTRAS.split(' ')) {
      const [key, hex] = pair.split(':')
      extras.set(key!, String.fromCodePoint(parseInt(hex!, 16)))
    }
  }
  return extras.get(name)
}
