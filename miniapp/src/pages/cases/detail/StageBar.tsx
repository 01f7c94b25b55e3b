import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { caseStage, type ApplicationView, type NextAction } from '@onetrip/shared';
import { Button } from '@/components';
import { supplementStartUrl } from '@/features/supplement';
import { cx } from '@/utils/cx';
import { PAGES } from '@/utils/navigation';
import './stage.scss';

const MARKS = { done: '✓', current: '●', stopped: '✕', todo: '' } as const;

const scrollTo = (selector: string) => () => void Taro.pageScrollTo({ selector, duration: 200 }).catch(() => undefined);

/** The button of the next step, where the step is done on another page or further down this one. */
function nextButton(view: ApplicationView, action: NextAction): { text: string; go: () => void } | null {
  switch (action) {
    case 'supplement':
      return { text: '去补正', go: () => void Taro.navigateTo({ url: supplementStartUrl(view) }) };
    case 'pay':
      return { text: '去缴费', go: scrollTo('#case-payment') };
    case 'gaps':
      return { text: '去补交', go: scrollTo('#case-gaps') };
    case 'track':
      return { text: '查看物流', go: scrollTo('#case-tracking') };
    case 'download':
      return { text: '去下载', go: scrollTo('#case-result') };
    case 'rate':
      return { text: '去评价', go: () => void Taro.navigateTo({ url: PAGES.caseRate(view.id, 'case') }) };
    default:
      // continue (继续填写 is right below), pickup (the code and the place are right below), reapply, none
      return null;
  }
}

/**
 * 申请 → 受理 → 审批 → 办结 → 送达 with the case's stage marked, one sentence of where it stands and
 * what the resident does next (shared `caseStage`): alarms in warning or danger colours.
 */
export function StageBar({ view }: { view: ApplicationView }) {
  const summary = caseStage(view);
  const { next } = summary;
  const button = nextButton(view, next.action);
  return (
    <View id="case-stage" className="stage" data-stage={summary.stage}>
      <View className="stage__steps">
        {summary.steps.map((step, i) => (
          <View
            key={step.stage}
            id={`stage-${step.stage}`}
            className={cx('stage__step', `stage__step--${step.state}`)}
            data-state={step.state}
          >
            <Text className="stage__mark">{MARKS[step.state] || String(i + 1)}</Text>
            <Text className="stage__label">{step.label}</Text>
            {step.detail ? <Text className="stage__detail">{step.detail}</Text> : null}
          </View>
        ))}
      </View>
      <View id="case-stage-status" className={`stage__status stage__status--${summary.tone}`} data-tone={summary.tone}>
        {summary.status}
      </View>
      <View
        id="case-next"
        className={`next-step next-step--${next.tone}`}
        data-tone={next.tone}
        data-action={next.action}
      >
        <Text className="next-step__label">下一步</Text>
        <Text id="case-next-text" className="next-step__text">
          {next.text}
        </Text>
      </View>
      {button ? (
        <View className="stage__action">
          <Button id="case-next-button" kind="primary" block onClick={button.go}>
            {button.text}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
