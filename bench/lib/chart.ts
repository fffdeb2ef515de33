/**
 * A dependency-free SVG line chart: build time per page against N (log scale)
 * for the portal and the floor.
 */

export interface Series {
  name: string
  colour: string
  points: { n: number; value: number }[]
}

const W = 760
const H = 360
// The right padding holds the legend: its longest name, "portal, partial prebuild", is about 160 px wide.
const PAD = { left: 64, right: 270, top: 36, bottom: 48 }

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export function lineChart(title: string, yLabel: string, series: Series[]): string {
  const ns = [...new Set(series.flatMap((s) => s.points.map((p) => p.n)))].sort((a, b) => a - b)
  const maxY = Math.max(...series.flatMap((s) => s.points.map((p) => p.value)), 1) * 1.15
  const logMin = Math.log10(ns[0] ?? 1)
  const logMax = Math.log10(ns[ns.length - 1] ?? 10)
  const x = (n: number) =>
    PAD.left + (logMax === logMin ? 0.5 : (Math.log10(n) - logMin) / (logMax - logMin)) * (W - PAD.left - PAD.right)
  const y = (v: number) => H - PAD.bottom - (v / maxY) * (H - PAD.top - PAD.bottom)
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${escape(title)}</text>`,
    `<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#333"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="#333"/>`,
    `<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 12}" text-anchor="middle">articles (N, log scale)</text>`,
    `<text x="16" y="${(PAD.top + H - PAD.bottom) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(PAD.top + H - PAD.bottom) / 2})">${escape(yLabel)}</text>`,
  ]
  for (const n of ns) {
    parts.push(`<text x="${x(n)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${n}</text>`)
  }
  for (let i = 0; i <= 4; i++) {
    const v = (maxY / 4) * i
    parts.push(
      `<line x1="${PAD.left}" y1="${y(v)}" x2="${W - PAD.right}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${v.toFixed(v < 10 ? 1 : 0)}</text>`,
    )
  }
  series.forEach((s, index) => {
    const path = s.points.map((p) => `${x(p.n).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')
    parts.push(`<polyline points="${path}" fill="none" stroke="${s.colour}" stroke-width="2.5"/>`)
    for (const p of s.points) {
      parts.push(
        `<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4" fill="${s.colour}"/>`,
        `<text x="${x(p.n).toFixed(1)}" y="${(y(p.value) - 8).toFixed(1)}" text-anchor="middle" fill="${s.colour}">${p.value.toFixed(1)}</text>`,
      )
    }
    const ly = PAD.top + 20 + index * 20
    parts.push(
      `<rect x="${W - PAD.right + 16}" y="${ly - 9}" width="14" height="4" fill="${s.colour}"/>`,
      `<text x="${W - PAD.right + 36}" y="${ly - 4}">${escape(s.name)}</text>`,
    )
  })
  parts.push('</svg>')
  return parts.join('\n') + '\n'
}
