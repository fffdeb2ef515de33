import { Prose } from '@/components/prose'
import type { Recovery } from '@/lib/content/types'
import { formatWeeks } from '@/lib/dates'
import { recoveryScale } from '@/lib/recovery-scale'

/** The typical range drawn on a scale of weeks; its words are the figure's accessible name. */
function RecoveryScaleFigure({ minWeeks, maxWeeks }: { minWeeks: number; maxWeeks: number }) {
  const scale = recoveryScale(minWeeks, maxWeeks)
  const label = `Typical recovery: ${formatWeeks(minWeeks, maxWeeks)}, on a scale of 0 to ${scale.maxWeeks} weeks`
  return (
    // A div, not a figure: a figure may not take the img role, and this one is a single image to a screen reader.
    <div className="recovery-scale" role="img" aria-label={label}>
      <div className="recovery-scale__track" aria-hidden="true">
        <div
          className="recovery-scale__range"
          style={{ left: `${scale.from}%`, width: `${Math.max(scale.to - scale.from, 1.5)}%` }}
        />
      </div>
      <ol className="recovery-scale__ticks" aria-hidden="true">
        {scale.ticks.map((week) => (
          <li key={week} style={{ left: `${(week / scale.maxWeeks) * 100}%` }}>
            {week}
          </li>
        ))}
      </ol>
      <p aria-hidden="true" className="recovery-scale__caption">
        Weeks after the problem starts
      </p>
    </div>
  )
}

export function RecoveryDetails({ recovery }: { recovery: Recovery }) {
  const duration = formatWeeks(recovery.minWeeks, recovery.maxWeeks)
  return (
    <>
      <p className="key-fact">
        <strong>Typical recovery time:</strong> {duration}
      </p>
      <RecoveryScaleFigure minWeeks={recovery.minWeeks} maxWeeks={recovery.maxWeeks} />
      <Prose paragraphs={recovery.overview} />
      {recovery.phases.length > 0 ? (
        // A real ordered list, so the phases are read (and numbered) in order.
        <ol className="recovery-phases">
          {recovery.phases.map((phase) => (
            <li key={phase.key} className="recovery-phase">
              <h3>{phase.name}</h3>
              <Prose paragraphs={phase.intro} />
              <ul>
                {phase.steps.map((step, index) => (
                  <li key={index}>{step}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
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
