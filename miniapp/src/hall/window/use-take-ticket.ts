import { useState } from 'react';
import Taro from '@tarojs/taro';
import { errorMessage, isApiError } from '@/services/api-error';
import { listTickets, takeTicket } from '@/services/hall';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { isActive } from '../common/labels';

/**
 * 取号 of a group: the new ticket's page opens. Someone who already waits in this group (409) is taken to
 * that ticket instead; other refusals (the hall has stopped handing out tickets) are kept as `problem`.
 */
export function useTakeTicket(group: string) {
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    setProblem(null);
    try {
      const ticket = await takeTicket(group);
      toast('取号成功', 'success');
      await Taro.navigateTo({ url: PAGES.hallTicket(ticket.id) });
    } catch (error) {
      if (isApiError(error) && error.code === 'INVALID_STATE') {
        const mine = await listTickets().catch(() => null);
        const waiting = mine?.items.find((t) => t.group === group && isActive(t));
        if (waiting) {
          toast('您已在本窗口取号，请留意叫号');
          await Taro.navigateTo({ url: PAGES.hallTicket(waiting.id) });
          return;
        }
      }
      setProblem(errorMessage(error));
    }
  };

  return { run, problem };
}
