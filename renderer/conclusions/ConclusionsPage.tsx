import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { matchRoute } from '../app/router';
import { ConclusionsList } from './ConclusionsList';

// The editor brings Tiptap and ProseMirror along; the list and the rest of the app load
// without them, and the editor's code is fetched the first time a conclusion is opened.
const ConclusionRoute = lazy(() => import('./ConclusionRoute').then((m) => ({ default: m.ConclusionRoute })));

/** "/conclusions" lists (filters in the query), "/conclusions/<id>" opens one document. */
export function ConclusionsPage({ path }: { path: string }) {
  const open = matchRoute('/conclusions/:id', path);
  if (open?.id) {
    return (
      <Suspense
        fallback={
          <Center p="xl">
            <Loader aria-label="Đang mở trình soạn thảo" />
          </Center>
        }
      >
        <ConclusionRoute key={open.id} id={open.id} />
      </Suspense>
    );
  }
  return <ConclusionsList path={path} />;
}
