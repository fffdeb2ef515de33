export interface BodyMapRegion {
  slug: string
  name: string
  href: string
  articleCount: number
}

/**
 * Where each region the map knows is drawn, in a 400 × 440 view (plus a strip below for the view labels): a figure seen
 * from the front (x 0–200) and from the back (x 200–400). Paired parts (both
 * knees) are shapes of one link. Regions the map has no shape for still appear
 * in the list the home page renders beside the map.
 */
const AREAS: Record<string, { view: 'front' | 'back'; shapes: Shape[] }> = {
  neck: { view: 'front', shapes: [{ kind: 'rect', x: 86, y: 58, width: 28, height: 24, rx: 8 }] },
  shoulder: {
    view: 'front',
    shapes: [
      { kind: 'circle', cx: 56, cy: 96, r: 19 },
      { kind: 'circle', cx: 144, cy: 96, r: 19 },
    ],
  },
  'upper-back': { view: 'back', shapes: [{ kind: 'rect', x: 268, y: 88, width: 64, height: 56, rx: 10 }] },
  'lower-back': { view: 'back', shapes: [{ kind: 'rect', x: 270, y: 152, width: 60, height: 46, rx: 10 }] },
  'elbow-and-arm': {
    view: 'front',
    shapes: [
      { kind: 'circle', cx: 40, cy: 160, r: 16 },
      { kind: 'circle', cx: 160, cy: 160, r: 16 },
    ],
  },
  'wrist-and-hand': {
    view: 'front',
    shapes: [
      { kind: 'circle', cx: 30, cy: 226, r: 16 },
      { kind: 'circle', cx: 170, cy: 226, r: 16 },
    ],
  },
  'hip-and-pelvis': { view: 'front', shapes: [{ kind: 'rect', x: 64, y: 190, width: 72, height: 42, rx: 14 }] },
  knee: {
    view: 'front',
    shapes: [
      { kind: 'circle', cx: 80, cy: 314, r: 18 },
      { kind: 'circle', cx: 120, cy: 314, r: 18 },
    ],
  },
  'foot-and-ankle': {
    view: 'front',
    shapes: [
      { kind: 'ellipse', cx: 76, cy: 414, rx: 20, ry: 14 },
      { kind: 'ellipse', cx: 124, cy: 414, rx: 20, ry: 14 },
    ],
  },
}

type Shape =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number }

function ShapeElement({ shape, className }: { shape: Shape; className: string }) {
  const { kind, ...geometry } = shape
  if (kind === 'circle') return <circle className={className} {...geometry} />
  if (kind === 'ellipse') return <ellipse className={className} {...geometry} />
  return <rect className={className} {...geometry} />
}

/** A plain figure: head, torso, arms and legs; offset moves it to the back view. */
function Figure({ offset }: { offset: number }) {
  return (
    <g className="body-map__figure" transform={`translate(${offset} 0)`}>
      <circle cx="100" cy="32" r="26" />
      <rect x="88" y="54" width="24" height="30" rx="8" />
      <rect x="58" y="80" width="84" height="130" rx="28" />
      <rect x="62" y="186" width="76" height="56" rx="22" />
      <rect x="34" y="84" width="26" height="120" rx="13" transform="rotate(8 47 84)" />
      <rect x="140" y="84" width="26" height="120" rx="13" transform="rotate(-8 153 84)" />
      <rect x="22" y="196" width="22" height="44" rx="11" transform="rotate(8 33 196)" />
      <rect x="156" y="196" width="22" height="44" rx="11" transform="rotate(-8 167 196)" />
      <rect x="64" y="226" width="32" height="180" rx="16" />
      <rect x="104" y="226" width="32" height="180" rx="16" />
      <ellipse cx="76" cy="414" rx="22" ry="12" />
      <ellipse cx="124" cy="414" rx="22" ry="12" />
    </g>
  )
}

const articles = (count: number) => `${count} ${count === 1 ? 'article' : 'articles'}`

/**
 * An SVG body map: every region the data has and the map can draw is a real
 * link (keyboard-focusable, named for screen readers, highlighted on hover and
 * focus). It complements the list of regions; it never replaces it.
 */
export function BodyMap({ regions }: { regions: BodyMapRegion[] }) {
  const drawn = regions.filter((region) => AREAS[region.slug])
  if (drawn.length === 0) return null
  return (
    <figure className="body-map">
      <svg viewBox="0 0 400 460" role="group" aria-labelledby="body-map-caption" className="body-map__svg">
        <g aria-hidden="true">
          <Figure offset={0} />
          <Figure offset={200} />
          <text x="100" y="454" textAnchor="middle" className="body-map__view">
            Front
          </text>
          <text x="300" y="454" textAnchor="middle" className="body-map__view">
            Back
          </text>
        </g>
        {drawn.map((region) => {
          const area = AREAS[region.slug]!
          const label = `${region.name} (${articles(region.articleCount)})`
          return (
            <a key={region.slug} href={region.href} aria-label={label} className="body-map__link">
              <title>{label}</title>
              {area.shapes.map((shape, i) => (
                <ShapeElement key={i} shape={shape} className="body-map__area" />
              ))}
            </a>
          )
        })}
      </svg>
      <figcaption id="body-map-caption">Choose where it hurts</figcaption>
    </figure>
  )
}
