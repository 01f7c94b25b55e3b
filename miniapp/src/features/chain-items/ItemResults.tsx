import { Text } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Cell, Section, Tag } from '@/components';
import { chainNote, itemResult } from './item-result';

/**
 * 办理结果 of each item of a submitted case: a chain's items each have their own (an item can be
 * 不予许可 while the others go on, and each has its own certificate number). A draft shows none.
 */
export function ItemResults({ view }: { view: ApplicationView }) {
  if (view.status === 'draft' || (view.items.length < 2 && !view.items.some((i) => i.certificateNo || i.denyReason)))
    return null;
  const note = chainNote(view);
  return (
    <Section id="case-item-results" title="各事项办理结果">
      {note ? <Cell id="chain-note" title="本链办理情况" desc={note} /> : null}
      {view.items.map((item) => {
        const result = itemResult(view, item);
        return (
          <Cell
            key={item.code}
            id={`result-${item.code}`}
            title={item.name}
            desc={result.detail || undefined}
            value={
              <Tag tone={result.tone}>
                <Text id={`result-${item.code}-label`}>{result.label}</Text>
              </Tag>
            }
          />
        );
      })}
    </Section>
  );
}
