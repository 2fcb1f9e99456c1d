import { Component } from 'preact';
import type { Item } from '../../content/schema';
import type { AnswerValue } from '../../domain/types';
import { useI18n } from '../../app/i18n';
import { Likert, type LikertLabels } from '../../ui/Likert';
import { MultiChoice, SingleChoice } from '../../ui/Choice';
import { TextAnswer } from '../../ui/TextAnswer';

interface Props {
  item: Item;
  value: AnswerValue | undefined;
  onAnswer: (item: Item, value: AnswerValue | null) => void;
}

/**
 * One question, drawn again only when its item, its answer or the handler changes: a tap on one
 * question leaves the page's others as they are (a language change still reaches them all, as
 * preact hands context changes to each reader directly).
 */
export class Question extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    const p = this.props;
    return next.item !== p.item || next.value !== p.value || next.onAnswer !== p.onAnswer;
  }
  override render(props: Props) {
    return <AnyQuestion {...props} />;
  }
}

/** One question of any type, rendered with the native control that fits it. */
function AnyQuestion({ item, value, onAnswer }: Props) {
  const { t, tx } = useI18n();
  const legend = tx(item.text);
  const hint = item.hint && tx(item.hint);
  const options = (item.options ?? []).map((o) => ({ id: o.id, label: tx(o.text) }));
  switch (item.type) {
    case 'likert': {
      const labels: LikertLabels = {
        points: [t('q.scale1'), t('q.scale2'), t('q.scale3'), t('q.scale4'), t('q.scale5')],
        dontKnow: t('q.dontKnow'),
      };
      return (
        <Likert
          name={item.id}
          legend={legend}
          hint={hint}
          value={value}
          labels={labels}
          onChange={(v) => onAnswer(item, v)}
        />
      );
    }
    case 'single':
      return (
        <SingleChoice
          name={item.id}
          legend={legend}
          hint={hint}
          options={options}
          value={typeof value === 'string' ? value : undefined}
          onChange={(v) => onAnswer(item, v)}
        />
      );
    case 'multi':
      return (
        <MultiChoice
          name={item.id}
          legend={legend}
          hint={hint ?? t('q.multiHint')}
          options={options}
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onAnswer(item, v.length ? v : null)}
        />
      );
    case 'text':
      return (
        <TextAnswer
          id={`q-${item.id}`}
          label={`${legend} (${t('q.optional')})`}
          hint={hint}
          value={typeof value === 'string' ? value : ''}
          onChange={(v) => onAnswer(item, v.trim() ? v : null)}
        />
      );
  }
}
