import type { StatsTable } from '@/lib/stats/table'

// One colour per outcome (or the single count column), each at least 4.5:1 on white and told apart by the legend.
const colours = ['#1b6e3a', '#b3261e', '#595959', '#1d4e89']
// The same colours as classes for the legend: a style attribute would need 'unsafe-inline' in the CSP.
const swatches = ['bg-[#1b6e3a]', 'bg-[#b3261e]', 'bg-[#595959]', 'bg-[#1d4e89]']

interface Props {
  table: StatsTable
  title: string
  description: string
  rowLabels: string[]
  columnLabels: string[]
  format: (n: number) => string
}

/** Server-rendered stacked bars of the published counts (hidden cells add nothing); the table is the text alternative. */
export function StatsChart({ table, title, description, rowLabels, columnLabels, format }: Props) {
  const width = 640
  const labelWidth = 180
  const barArea = width - labelWidth - 70
  const rowHeight = table.rowKeys.length > 40 ? 12 : 22
  const height = table.rowKeys.length * rowHeight + 8
  const max = Math.max(1, ...table.rowTotals)
  const id = `chart-${table.view}`
  return (
    <figure className="mb-6">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        className="max-w-full"
        fontSize={rowHeight > 12 ? 12 : 9}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {table.rowKeys.map((key, i) => {
          const y = 4 + i * rowHeight
          let x = labelWidth
          return (
            <g key={key}>
              <text x={labelWidth - 6} y={y + rowHeight * 0.7} textAnchor="end" fill="#1f2937">
                {rowLabels[i]!.length > 24 ? `${rowLabels[i]!.slice(0, 22)}…` : rowLabels[i]}
              </text>
              {table.cells[i]!.map((c, j) => {
                if (c.kind !== 'count' || c.value === 0) return null
                const w = (c.value / max) * barArea
                const rect = (
                  <rect
                    key={j}
                    x={x}
                    y={y}
                    width={w}
                    height={rowHeight - 3}
                    fill={colours[j % colours.length]}
                    stroke="#fff"
                  />
                )
                x += w
                return rect
              })}
              <text x={x + 4} y={y + rowHeight * 0.7} fill="#1f2937">
                {format(table.rowTotals[i]!)}
              </text>
            </g>
          )
        })}
      </svg>
      {columnLabels.length > 1 && (
        <figcaption>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {columnLabels.map((label, j) => (
              <li key={label} className="flex items-center gap-1">
                <span aria-hidden="true" className={`inline-block h-3 w-3 ${swatches[j % swatches.length]}`} />
                {label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  )
}
