import { useState } from 'react';
import { View } from '@tarojs/components';
import { Empty } from '@/components';
import { ClerkHeader } from '../common/ClerkHeader';
import { type Clerk } from '../common/kinds';
import { ChooseItems } from './ChooseItems';
import { FindPerson, type Found } from './FindPerson';
import { PersonCard } from './PersonCard';
import { PersonCases } from './PersonCases';

/**
 * 柜台受理, first page: find the person by ID number or register them, see their counter cases to go
 * on with, and choose what they came for. A results window (统一出件) takes no intake.
 */
export function CounterFind({ clerk }: { clerk: Clerk }) {
  const [found, setFound] = useState<Found | null>(null);
  if (clerk.kind === 'results') {
    return (
      <Empty id="counter-not-here" icon="!" title="统一出件窗口不办理柜台受理" desc="请由综合窗口或部门窗口受理" />
    );
  }
  return (
    <View className="counter-find">
      <ClerkHeader clerk={clerk} />
      {found ? (
        <>
          <PersonCard
            idNumber={found.idNumber}
            person={found.person}
            onChanged={(person) => setFound({ ...found, person })}
            onChangePerson={() => setFound(null)}
          />
          <PersonCases personId={found.person.id} />
          <ChooseItems clerk={clerk} personId={found.person.id} />
        </>
      ) : (
        <FindPerson onFound={setFound} />
      )}
    </View>
  );
}
