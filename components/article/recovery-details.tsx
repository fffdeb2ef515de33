import { Prose } from '@/components/prose'
import type { Article } from '@/lib/content/types'

export function RecoveryDetails({ recovery }: { recovery: Article['recovery'] }) {
  const { minWeeks, maxWeeks } = recovery
  const duration = minWeeks === maxWeeks ? `${minWeeks} weeks` : `${minWeeks} to ${maxWeeks} weeks`
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
