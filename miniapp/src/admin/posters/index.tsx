import { useState } from 'react';
import { AdminPage } from '../common/AdminPage';
import { PosterCreate } from './PosterCreate';
import { PosterList } from './PosterList';
import './posters.scss';

/** 二维码海报: make the code of an item, a chain or a window, print its A4 poster; the codes made so far. */
export default function AdminPostersPage() {
  // A new code: the list is read again from its first page.
  const [made, setMade] = useState(0);
  return (
    <AdminPage id="admin-posters">
      <PosterCreate onCreated={() => setMade((n) => n + 1)} />
      <PosterList key={made} />
    </AdminPage>
  );
}
