import Taro from '@tarojs/taro';
import { GOVERNMENT_HOTLINE } from '@onetrip/shared';
import { useCentre } from '@/hooks/use-centre';
import { Cell } from './Cell';
import { Section } from './Section';

interface HelpPhonesProps {
  id?: string;
  /** The caption above the two lines (none by default). */
  title?: string;
}

const call = (phone: string) => () =>
  void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^0-9+]/g, '') }).catch(() => undefined);

/**
 * Whom to call: 12345 政务服务便民热线 and the centre's own consultation line (with the hall's hours),
 * each a full-width row that dials when tapped. The centre's line is left out until it is known
 * (`GET /centre`, read once per session); 12345 is always there.
 */
export function HelpPhones({ id, title }: HelpPhonesProps) {
  const centre = useCentre();
  return (
    <Section id={id} title={title}>
      <Cell
        className="help-phones__row"
        title={`${GOVERNMENT_HOTLINE} 政务服务便民热线`}
        desc="咨询、求助、投诉建议"
        value="拨打"
        onClick={call(GOVERNMENT_HOTLINE)}
      />
      {centre?.phone ? (
        <Cell
          className="help-phones__row"
          title={`中心咨询电话 ${centre.phone}`}
          desc={centre.hours}
          value="拨打"
          onClick={call(centre.phone)}
        />
      ) : null}
    </Section>
  );
}
