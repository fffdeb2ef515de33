import { Prose } from '@/components/prose'
import type { Recovery } from '@/lib/content/types'
import { formatWeeks } from '@/lib/dates'

export function RecoveryDetails({ recovery }: { recovery: Recovery }) {
  const duration = formatWeeks(recovery.minWeeks, recovery.maxWeeks)
  return (
    <>
      <p className="key-fact">
        <strong>Typical recovery time:</strong> {duration}
      </p>
      <Prose paragraphs={recovery.overview} />
      {recovery.phases.map((phase) => (
        <div key={phase.key}>
          <h3>{phase.name}</h3>
          <Prose paragraphs={phase.intro} />
          <ul>
            {phase.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ul>
        </div>
      ))}
      {recovery.complications.length > 0 || recovery.tips.length > 0 ? (
        <>
          <h3>Complications and tips</h3>
          <Prose paragraphs={recovery.complications} />
          {recovery.tips.length > 0 ? (
            <ul>
              {recovery.tips.map((tip, index) => (
                <li key={index}>{tip}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <Prose paragraphs={recovery.summary} />
    </>
  )
}
