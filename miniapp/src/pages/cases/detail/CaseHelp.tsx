import Taro from '@tarojs/taro';
import { type ApplicationView } from '@onetrip/shared';
import { Cell, HelpPhones, Section } from '@/components';
import { PAGES } from '@/utils/navigation';

/**
 * Whom to call about the case (12345, the centre's phone) and 投诉建议 about it: once it has a number (a
 * draft is still the resident's own), the form opens with the case filled in.
 */
export function CaseHelp({ view }: { view: ApplicationView }) {
  const items = view.chain?.name ?? view.items.map((i) => i.name).join('、');
  return (
    <>
      <HelpPhones id="case-help" title="有疑问？可以电话咨询" />
      {view.number ? (
        <Section id="case-complaint-section">
          <Cell
            id="case-complaint"
            title="投诉建议"
            desc="对本件办理不满意，或有意见建议，5 个工作日内答复"
            onClick={() =>
              void Taro.navigateTo({
                url: PAGES.complaintNew({ caseId: view.id, label: `办件 ${view.number ?? ''} ${items}` }),
              })
            }
          />
        </Section>
      ) : null}
    </>
  );
}
