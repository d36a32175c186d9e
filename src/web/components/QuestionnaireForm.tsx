/**
 * MIDAS (item text shown) or HIT-6 (answer codes only: the item wording is licensed, so the
 * person copies the six answers from their own form).
 */
import { HIT6_SOURCE_NOTE } from '../../domain/clinical/questionnaires/hit6.ts';
import { MIDAS_ITEMS } from '../../domain/clinical/questionnaires/midas.ts';
import type { Questionnaire } from '../api/types.ts';
import { saveRecord } from '../data/records.ts';
import { localDay } from '../lib/dates.ts';
import { newId } from '../lib/ids.ts';
import { useForm } from '../lib/use-form.ts';
import { SingleChoice } from './Choices.tsx';
import { NumberField, TextField } from './Fields.tsx';
import { Form } from './Form.tsx';

type Instrument = Questionnaire['instrument'];
interface Draft {
  id: string;
  date: string;
  answers: (number | undefined)[];
}

const HIT6_CODES = ['never', 'rarely', 'sometimes', 'very often', 'always'].map((word, i) => ({
  value: i + 1,
  label: `${i + 1} ${word}`,
}));

const blank = (instrument: Instrument): Draft => ({
  id: newId(),
  date: localDay(),
  answers: Array.from({ length: instrument === 'midas' ? 7 : 6 }, () => undefined),
});

export function QuestionnaireForm({ instrument }: { instrument: Instrument }) {
  const form = useForm<Draft>(() => blank(instrument));
  const { answers } = form.values;
  const setAnswer = (index: number, value: number | undefined) =>
    form.set(
      'answers',
      answers.map((a, i) => (i === index ? value : a)),
    );
  const save = () =>
    form.submit(async (d) => {
      const record = { ...d, instrument, answers: d.answers } as Questionnaire;
      const outcome = await saveRecord('questionnaires', d.id, record, `${instrument} ${d.date}`);
      form.setValues(() => blank(instrument));
      return outcome;
    });
  return (
    <Form
      label={instrument === 'midas' ? 'MIDAS' : 'HIT-6'}
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel="Save answers"
    >
      <section className="questionnaire">
        <TextField
          name="date"
          label="Date"
          type="date"
          value={form.values.date}
          onChange={(v) => form.set('date', v ?? '')}
        />
        {instrument === 'midas' ? (
          MIDAS_ITEMS.map((text, i) => (
            <NumberField
              key={text}
              name={`answers[${i}]`}
              label={text}
              min={0}
              max={i === 6 ? 10 : 92}
              step={1}
              value={answers[i]}
              onChange={(v) => setAnswer(i, v)}
            />
          ))
        ) : (
          <>
            <p className="notice">{HIT6_SOURCE_NOTE}</p>
            {answers.map((a, i) => (
              <SingleChoice
                // biome-ignore lint/suspicious/noArrayIndexKey: the six items are positional
                key={i}
                name={`answers[${i}]`}
                legend={`Answer to item ${i + 1}`}
                options={HIT6_CODES}
                value={a}
                onChange={(v) => setAnswer(i, v)}
              />
            ))}
          </>
        )}
      </section>
    </Form>
  );
}
